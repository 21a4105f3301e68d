package org.repsportal.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A success metric with its expected outcome and, after the event, what happened and whether it was reached. */
@Embeddable
record Metric(@Column(name = "name") String name, @Column(name = "expected") String expected,
              @Column(name = "actual") String actual, @Column(name = "reached") Boolean reached) {

    Metric withOutcome(String actualOutcome, boolean wasReached) {
        return new Metric(name, expected, actualOutcome, wasReached);
    }
}
