package org.repsportal.events;

import java.util.LinkedHashSet;

import org.repsportal.people.People;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Recording an event's outcomes files an "organised an event" report for its owner and each co-organiser. */
@Component
class EventReports {

    static final String ACTIVITY = "ORGANIZED_EVENT";
    static final String AREA = "EVENTS";

    private final Reports reports;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;

    EventReports(Reports reports, People people, Texts texts, PortalLinks links) {
        this.reports = reports;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(EventOutcomesRecorded recorded) {
        var organisers = new LinkedHashSet<Long>();
        organisers.add(recorded.ownerId());
        organisers.addAll(recorded.coOrganiserIds());
        String description = texts.get("event.report.description", recorded.name(), recorded.actualAttendance());
        for (long organiser : organisers) {
            people.actorFor(organiser).ifPresent(actor -> reports.file(actor, new NewReport(recorded.endsOn(), ACTIVITY, AREA,
                    description, links.to("/events/" + recorded.eventId()),
                    recorded.venue() == null ? null : shorten(recorded.venue()), null)));
        }
    }

    private static String shorten(String venue) {
        return venue.length() <= 200 ? venue : venue.substring(0, 199) + "…";
    }
}
