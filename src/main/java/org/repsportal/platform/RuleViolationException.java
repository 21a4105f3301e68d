package org.repsportal.platform;

/**
 * The request is well-formed but a rule of the program refuses it (a 422 problem, or a form error);
 * the message is a message key.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String reasonKey) {
        super(reasonKey);
    }

    public String reasonKey() {
        return getMessage();
    }
}
