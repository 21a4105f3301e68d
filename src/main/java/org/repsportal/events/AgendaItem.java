package org.repsportal.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of an agenda; {@code startsAt} is local to the event's zone, null when the item is untimed. */
@Embeddable
record AgendaItem(@Column(name = "starts_at") String startsAt, @Column(name = "title") String title) {

    public boolean timed() {
        return startsAt != null && !startsAt.isBlank();
    }
}
