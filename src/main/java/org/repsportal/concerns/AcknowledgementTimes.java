package org.repsportal.concerns;

import java.time.Duration;

/**
 * How fast the Council acknowledged the concerns raised in a period.
 *
 * @param acknowledged how many concerns of the period were acknowledged
 * @param average      null when none was
 * @param median       null when none was
 * @param waiting      how many of the period's concerns still wait for acknowledgement
 */
record AcknowledgementTimes(long acknowledged, Duration average, Duration median, long waiting) {
}
