package org.repsportal.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * Writes entries as an RFC 5545 calendar with ical4j: meetings in their own time zone (with the VTIMEZONE
 * definitions from ical4j's bundled database), due dates as whole days.
 */
@Component
class FeedWriter {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    String write(Collection<CalendarEntry> entries, Instant now) {
        var calendar = new Calendar()
                .withProdId("-//Reps Portal//Calendar feed//EN")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", "Reps Portal"));
        Set<String> zoneIds = new LinkedHashSet<>();
        for (CalendarEntry entry : entries) {
            VEvent event;
            if (entry.isAllDay()) {
                event = new VEvent(false);
                event.add(new DtStart<>(entry.day()));
                if (entry.lastDay() != null && entry.lastDay().isAfter(entry.day())) {
                    // the end of whole days is exclusive in iCalendar: the day after the last one
                    event.add(new DtEnd<>(entry.lastDay().plusDays(1)));
                }
                event.add(new Summary(entry.summary()));
            } else if (zones.getTimeZone(entry.start().getZone().getId()) != null) {
                // local times from java.time's rules with the zone's TZID; the VTIMEZONE below defines it
                var tzid = new ParameterList(List.of(new TzId(entry.start().getZone().getId())));
                event = new VEvent(false);
                event.add(new DtStart<>(tzid, entry.start().toLocalDateTime()));
                event.add(new DtEnd<>(tzid, entry.start().plus(entry.duration()).toLocalDateTime()));
                event.add(new Summary(entry.summary()));
                zoneIds.add(entry.start().getZone().getId());
            } else {
                // a zone without a VTIMEZONE definition: the times go out in UTC, which every calendar reads
                event = new VEvent(false);
                event.add(new DtStart<>(entry.start().toInstant()));
                event.add(new DtEnd<>(entry.start().plus(entry.duration()).toInstant()));
                event.add(new Summary(entry.summary()));
            }
            event.add(new Uid(entry.uid()));
            event.add(new Sequence(entry.sequence()));
            event.add(new DtStamp(now));
            if (entry.lastModified() != null) {
                event.add(new LastModified(entry.lastModified()));
            }
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            if (entry.url() != null) {
                event.add(new Url(java.net.URI.create(entry.url())));
            }
            if (entry.cancelled()) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        for (String zoneId : zoneIds) {
            var zone = zones.getTimeZone(zoneId);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        return calendar.toString();
    }
}
