package org.repsportal.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The mentor's mark on one point, with an optional note. */
@Embeddable
record PointMark(@Enumerated(EnumType.STRING) @Column(name = "verdict") Verdict verdict, @Column(name = "note") String note) {
}
