package org.repsportal.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for what people write to each other — report comments, board replies, task comments and
 * check-in notes: control characters other than line breaks and tabs are removed, the text is stripped, it
 * must not be blank and may hold at most {@link #MAX_LENGTH} characters. Text is never cut short: too long is
 * a field problem, so the writer keeps what they typed.
 */
public final class CommentText {

    public static final int MAX_LENGTH = 10_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private CommentText() {
    }

    /**
     * The text to store.
     *
     * @throws InvalidInputException naming {@code field} with {@code requiredKey} (blank) or {@code longKey}
     *                               (over {@link #MAX_LENGTH})
     */
    public static String of(String field, String text, String requiredKey, String longKey) {
        String clean = text == null ? "" : CONTROL.matcher(text).replaceAll("").strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, requiredKey)));
        }
        if (clean.length() > MAX_LENGTH) {
            throw new InvalidInputException(List.of(new FieldProblem(field, longKey)));
        }
        return clean;
    }
}
