package org.repsportal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;

/** Line diffs between page texts, and applying a suggestion written for an older version to the current one. */
final class TextDiff {

    private static final int CONTEXT_LINES = 3;

    private TextDiff() {
    }

    /** A unified diff of the two texts as lines (without the file headers). */
    static List<DiffLine> between(String before, String after) {
        List<String> original = lines(before);
        Patch<String> patch = DiffUtils.diff(original, lines(after));
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", original, patch, CONTEXT_LINES);
        var result = new ArrayList<DiffLine>();
        for (String line : unified) {
            if (line.startsWith("---") || line.startsWith("+++")) {
                continue;
            }
            if (line.startsWith("@@")) {
                result.add(new DiffLine(DiffLine.Kind.HUNK, line));
            } else if (line.startsWith("+")) {
                result.add(new DiffLine(DiffLine.Kind.ADDED, line.substring(1)));
            } else if (line.startsWith("-")) {
                result.add(new DiffLine(DiffLine.Kind.REMOVED, line.substring(1)));
            } else {
                result.add(new DiffLine(DiffLine.Kind.CONTEXT, line.isEmpty() ? line : line.substring(1)));
            }
        }
        return result;
    }

    /**
     * The changes from {@code base} to {@code proposed}, applied to {@code current} (a later version);
     * empty when they overlap changes made since.
     */
    static Optional<String> rebase(String base, String proposed, String current) {
        if (base.equals(current)) {
            return Optional.of(proposed);
        }
        List<String> original = lines(base);
        // the changes with their surrounding lines, so that they land only where that context still reads the same
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("base", "proposed", original,
                DiffUtils.diff(original, lines(proposed)), CONTEXT_LINES);
        Patch<String> patch = UnifiedDiffUtils.parseUnifiedDiff(unified);
        try {
            return Optional.of(String.join("\n", patch.applyFuzzy(lines(current), 0)));
        } catch (PatchFailedException e) {
            return Optional.empty();
        }
    }

    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<String> lines(String text) {
        return List.of(normalize(text).split("\n", -1));
    }
}
