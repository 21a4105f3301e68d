package org.repsportal.reports;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: where a comment on a report names them, the former member's
 * name stands instead. Reports themselves stay as their authors wrote them, for the program's statistics.
 */
@Component
class ErasedCommentText {

    private final ErasedNames names;

    ErasedCommentText(ErasedNames names) {
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        names.replaceIn(erased, "report_comments", "body");
    }
}
