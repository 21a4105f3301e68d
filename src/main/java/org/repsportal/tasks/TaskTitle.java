package org.repsportal.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.repsportal.platform.Texts;
import org.springframework.context.NoSuchMessageException;

/**
 * A task title the portal writes, kept as the message key of its sentence and the arguments put into it, so that
 * each person reads the title in their own language. An argument made with {@link #message} is itself a text of
 * the bundles (e.g. the kind of a call) and is read in the same language; a number stays a number (for
 * {@code {0,choice,…}}); the others (names, ISO dates, what someone typed) go in as they are.
 */
public record TaskTitle(String key, List<String> args) {

    /** The longest title a task keeps. */
    static final int MAX_LENGTH = 200;

    private static final String MESSAGE = "#message:";
    private static final String NUMBER = "#number:";

    public TaskTitle {
        Objects.requireNonNull(key, "key");
        var values = new ArrayList<String>();
        if (args != null) {
            args.forEach(arg -> values.add(arg == null ? "" : arg));
        }
        args = List.copyOf(values);
    }

    /** The title of the given key with these arguments, each kept as text (numbers marked as numbers). */
    public static TaskTitle of(String key, Object... args) {
        var values = new ArrayList<String>(args.length);
        for (Object arg : args) {
            values.add(arg == null ? "" : arg instanceof Number n ? NUMBER + n : arg.toString());
        }
        return new TaskTitle(key, values);
    }

    /** An argument that is itself the text of {@code key} in the reader's language. */
    public static String message(String key) {
        return MESSAGE + key;
    }

    /** The title in the language of the texts, or {@code null} when the bundles cannot write it. */
    String in(Texts texts) {
        return render(null, key, args.toArray(String[]::new), texts);
    }

    /**
     * A stored title in the language of the texts: from its key and arguments where it has them, else (a title
     * kept only as text, or a key the bundles no longer hold) the text as it was written.
     */
    static String render(String stored, String key, String[] args, Texts texts) {
        if (key == null) {
            return stored;
        }
        try {
            Object[] values = new Object[args == null ? 0 : args.length];
            for (int i = 0; i < values.length; i++) {
                String arg = args[i];
                if (arg != null && arg.startsWith(MESSAGE)) {
                    values[i] = texts.get(arg.substring(MESSAGE.length()));
                } else if (arg != null && arg.startsWith(NUMBER)) {
                    values[i] = new java.math.BigDecimal(arg.substring(NUMBER.length()));
                } else {
                    values[i] = arg;
                }
            }
            return shorten(texts.get(key, values));
        } catch (NoSuchMessageException | IllegalArgumentException unreadable) {
            return stored;
        }
    }

    static String shorten(String title) {
        return title == null || title.length() <= MAX_LENGTH ? title : title.substring(0, MAX_LENGTH - 1) + "…";
    }
}
