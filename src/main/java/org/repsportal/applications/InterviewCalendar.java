package org.repsportal.applications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.repsportal.calendar.Invitation;
import org.repsportal.notifications.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) invitation to an interview: {@code METHOD:REQUEST} with the slot's VTIMEZONE, the
 * interviewer as organizer and both as attendees; a new time is the same UID with a higher SEQUENCE, a
 * cancellation {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} (written by {@link Invitation}).
 */
@Component
class InterviewCalendar {

    private static final String PRODUCT = "-//Reps Portal//Interviews//EN";

    private final String domain;

    InterviewCalendar(@Value("${portal.mail.list-id-domain}") String domain) {
        this.domain = domain;
    }

    String uid(Application application) {
        return "interview-" + application.getInterviewUid() + "@" + domain;
    }

    Mail.Attachment request(Application application, InterviewSlot slot, String summary, String description, String url,
                            Invitation.Party organizer, Invitation.Party applicant, Instant stamp) {
        String text = invitation(application, slot, summary, description, url, organizer, applicant).request(stamp);
        return Mail.Attachment.calendarInvitation("interview.ics", text);
    }

    Mail.Attachment cancel(Application application, InterviewSlot slot, String summary, String description, String url,
                           Invitation.Party organizer, Invitation.Party applicant, Instant stamp) {
        String text = invitation(application, slot, summary, description, url, organizer, applicant).cancel(stamp);
        return new Mail.Attachment("interview-cancelled.ics", Invitation.CANCEL_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    private Invitation invitation(Application application, InterviewSlot slot, String summary, String description, String url,
                                  Invitation.Party organizer, Invitation.Party applicant) {
        return new Invitation(PRODUCT, uid(application), application.getInterviewSequence(), slot.start(), slot.duration(),
                summary, description, null, url, organizer, List.of(organizer, applicant));
    }
}
