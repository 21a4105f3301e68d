package org.repsportal.platform;

import java.util.Locale;

/** Lets templates draw a person's avatar: {@code ${avatar.initials(name)}} on {@code ${avatar.tone(name)}}. */
final class AvatarFormat {

    static final int TONES = 6;

    /** The first letters of the first and the last word of a name ("Ana S." gives "AS", "Priyanka" gives "P"). */
    public String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.strip().split("\\s+");
        String first = firstLetter(words[0]);
        String last = words.length > 1 ? firstLetter(words[words.length - 1]) : "";
        String initials = (first + last).toUpperCase(Locale.ROOT);
        return initials.isEmpty() ? "?" : initials;
    }

    /** One of the palette's avatar colours, always the same for the same name. */
    public int tone(String name) {
        return name == null ? 0 : Math.floorMod(name.strip().hashCode(), TONES);
    }

    private static String firstLetter(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
