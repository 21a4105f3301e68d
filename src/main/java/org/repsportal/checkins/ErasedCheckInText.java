package org.repsportal.checkins;

import java.util.List;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: where a check-in's notes, feedback, goals or follow-ups name
 * them, the former member's name stands instead. The check-ins themselves stay, as the mentorship's record.
 */
@Component
class ErasedCheckInText {

    private final ErasedNames names;

    ErasedCheckInText(ErasedNames names) {
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        names.replaceIn(erased, "checkins", "notes", "mentee_feedback");
        names.replaceIn(erased, "checkin_goals", List.of("checkin_id", "position"), "text");
        names.replaceIn(erased, "checkin_follow_ups", List.of("checkin_id", "position"), "text");
    }
}
