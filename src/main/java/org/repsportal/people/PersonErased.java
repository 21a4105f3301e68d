package org.repsportal.people;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An Admin erased a person: their profile is pseudonymised, and each module now removes or blanks what it keeps of
 * them (accounts, tokens, sessions, mail, follows) in the erasing transaction. Carries no personal data into any
 * log: the names the person went by ({@link #formerNames}) are there only for the listeners in that transaction,
 * which replace them with {@link #formerMemberName()} in what others wrote about the person; they are never
 * serialised and never printed.
 */
public record PersonErased(long personId, long erasedBy, Instant erasedAt, @JsonIgnore List<String> formerNames) {

    public PersonErased {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /** An erasure as kept after the fact, without the former names. */
    public PersonErased(long personId, long erasedBy, Instant erasedAt) {
        this(personId, erasedBy, erasedAt, List.of());
    }

    /** What stands where the person's name stood: the name their profile has now. */
    public String formerMemberName() {
        return Erasure.formerMemberName(personId);
    }

    /**
     * The text with each of the person's former names (as a whole word, in any case) replaced by
     * {@link #formerMemberName()}, the longest name first; {@code null} stays {@code null}.
     */
    public String withoutNames(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String name : longestFirst()) {
            result = pattern(name).matcher(result).replaceAll(Matcher.quoteReplacement(formerMemberName()));
        }
        return result;
    }

    /** {@code LIKE}/{@code ILIKE} patterns that find a text which may hold one of the former names. */
    @JsonIgnore
    public String[] likePatterns() {
        return longestFirst().stream()
                .map(name -> "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toArray(String[]::new);
    }

    private List<String> longestFirst() {
        var names = new LinkedHashSet<String>();
        formerNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(names::add);
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static Pattern pattern(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String toString() {
        return "PersonErased[personId=" + personId + ", erasedBy=" + erasedBy + ", erasedAt=" + erasedAt + "]";
    }
}
