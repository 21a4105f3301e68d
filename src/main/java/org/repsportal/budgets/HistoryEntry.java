package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a request's history: when, who, what, and the note or reason given. */
@Embeddable
record HistoryEntry(@Column(name = "at") Instant at, @Column(name = "actor_id") Long actorId,
                    @Column(name = "action") String action, @Column(name = "amount") BigDecimal amount,
                    @Column(name = "note") String note) {
}
