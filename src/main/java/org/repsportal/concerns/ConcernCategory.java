package org.repsportal.concerns;

import java.util.Arrays;
import java.util.Optional;

/** What a concern raised to the Council is about (the SOP's examples of feedback the Council should hear). */
public enum ConcernCategory {
    /** Abusive behaviour in the community; the Community Participation Guidelines reporting route applies. */
    ABUSE,
    /** Misused funds or swag. */
    FUNDS_OR_SWAG,
    /** A success, idea or initiative that could benefit the whole program. */
    SUCCESS_OR_IDEA,
    /** A personal concern about a mentee, too personal for the mentor community. */
    PERSONAL,
    /** Help with a conflict; the reporter may involve their own mentor. */
    CONFLICT;

    /** The category named exactly (case-insensitively), if there is one. */
    public static Optional<ConcernCategory> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
