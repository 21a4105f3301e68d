package org.repsportal.platform;

/**
 * What a policy says: allowed, or refused with the message key of a sentence that explains why.
 */
public record Decision(boolean allowed, String reason) {

    private static final Decision ALLOWED = new Decision(true, null);

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision refuse(String reason) {
        return new Decision(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }

    /** Refusals of who may act become a 403 for the caller. */
    public void orForbid() {
        if (!allowed) {
            throw new ForbiddenException(reason);
        }
    }

    /** Refusals about the input or the state become a rule violation the caller can correct. */
    public void orReject() {
        if (!allowed) {
            throw new RuleViolationException(reason);
        }
    }
}
