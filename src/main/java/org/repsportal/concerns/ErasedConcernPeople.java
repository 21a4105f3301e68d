package org.repsportal.concerns;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: where a concern's summary, details or resolution names them,
 * the former member's name stands instead. The concern keeps its record (who raised it, about whom by id, its
 * states); the audit trail is append-only and holds no names.
 */
@Component
class ErasedConcernPeople {

    private final ErasedNames names;

    ErasedConcernPeople(ErasedNames names) {
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        names.replaceIn(erased, "concerns", "summary", "details", "resolution");
    }
}
