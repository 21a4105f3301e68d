package org.repsportal.orientation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orientation checklist, in order. A step is completed by the new mentor themselves, by reading a
 * page of the library (the version read is kept), or, for a call attended, confirmed by a Council member.
 */
public enum OrientationStep {
    ONBOARDING_CALL("onboarding-call", Completion.WITNESS, null),
    TRAINING("training", Completion.SELF_OR_WITNESS, null),
    MENTORS_CHANNEL("mentors-channel", Completion.SELF, null),
    READ_MENTORING_SOP("read-mentoring-sop", Completion.READING, "mentoring"),
    READ_BUDGET_SOP("read-budget-sop", Completion.READING, "budget-review"),
    READ_TRAINING_SOP("read-training-sop", Completion.READING, "mentor-training"),
    FIRST_CHECK_INS("first-check-ins", Completion.SELF, null);

    /** How a step gets done. */
    public enum Completion {
        /** the new mentor marks it done */
        SELF,
        /** the new mentor marks it done (material reviewed), or a Council member confirms a call attended */
        SELF_OR_WITNESS,
        /** a Council member confirms it (a call attended) */
        WITNESS,
        /** the new mentor says they have read the current version of a library page */
        READING
    }

    private final String key;
    private final Completion completion;
    private final String pageSlug;

    OrientationStep(String key, Completion completion, String pageSlug) {
        this.key = key;
        this.completion = completion;
        this.pageSlug = pageSlug;
    }

    public String key() {
        return key;
    }

    public Completion completion() {
        return completion;
    }

    /** The library page to read, for a reading step. */
    public String pageSlug() {
        return pageSlug;
    }

    /** Whether the new mentor may mark it done themselves. */
    public boolean selfService() {
        return completion != Completion.WITNESS;
    }

    public static Optional<OrientationStep> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static Optional<OrientationStep> forPage(String slug) {
        return Arrays.stream(values()).filter(s -> slug.equals(s.pageSlug)).findFirst();
    }
}
