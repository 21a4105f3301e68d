package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One Council member's vote with its reason. */
@Embeddable
record Vote(@Enumerated(EnumType.STRING) @Column(name = "outcome") Outcome outcome, @Column(name = "amount") BigDecimal amount,
            @Column(name = "reason") String reason, @Column(name = "at") Instant at) {
}
