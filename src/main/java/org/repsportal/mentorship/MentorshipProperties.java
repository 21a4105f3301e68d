package org.repsportal.mentorship;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mentorship rules' numbers.
 *
 * @param defaultCapacity how many mentees a mentor guides at most, unless the Council set the mentor's own
 * @param programRatio    the mentee-to-mentor ratio the program watches (mentees per mentor)
 * @param confirmationWait how long a reassignment waits for the three confirmations before the Council decides
 * @param weights         how much each factor of a proposal counts
 * @param alumniNoticeAfter without a report this long, a Rep and their mentor are told
 * @param alumniAfter     without a report this long and no answer, the Council is asked to confirm alumni
 * @param answerWindow    how long the Rep has to answer the notice
 * @param alumniUndoWithin how long the Council may undo a move to alumni
 * @param orphanAfter     a Rep without a current mentor this long is on the Council's orphan watch
 * @param jobsAt          when the daily mentorship jobs run (UTC)
 */
@ConfigurationProperties("portal.mentorship")
public record MentorshipProperties(@DefaultValue("8") int defaultCapacity,
                                   @DefaultValue("10") int programRatio,
                                   @DefaultValue("7d") Duration confirmationWait,
                                   @DefaultValue Weights weights,
                                   @DefaultValue("11m") Period alumniNoticeAfter,
                                   @DefaultValue("12m") Period alumniAfter,
                                   @DefaultValue("28d") Duration answerWindow,
                                   @DefaultValue("12m") Period alumniUndoWithin,
                                   @DefaultValue("7d") Duration orphanAfter,
                                   @DefaultValue("05:30") LocalTime jobsAt) {

    /** The defaults of the spec, for rules tested without the application. */
    static MentorshipProperties defaults() {
        return new MentorshipProperties(8, 10, Duration.ofDays(7), new Weights(3, 1, 2, 2, 1),
                Period.ofMonths(11), Period.ofMonths(12), Duration.ofDays(28), Period.ofMonths(12), Duration.ofDays(7),
                LocalTime.of(5, 30));
    }

    /** The weight of each scored factor of a proposal (capacity, orientation and absence also exclude). */
    public record Weights(@DefaultValue("3") double spareCapacity,
                          @DefaultValue("1") double region,
                          @DefaultValue("2") double languages,
                          @DefaultValue("2") double timeZone,
                          @DefaultValue("1") double functionalAreas) {

        double total() {
            return spareCapacity + region + languages + timeZone + functionalAreas;
        }
    }
}
