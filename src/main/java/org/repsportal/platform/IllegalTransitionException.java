package org.repsportal.platform;

/** A workflow step asked of an aggregate in a state that does not allow it (a 409). */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String reasonKey) {
        super(reasonKey);
    }

    public String reasonKey() {
        return getMessage();
    }
}
