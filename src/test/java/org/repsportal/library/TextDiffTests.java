package org.repsportal.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

    @Test
    void theDiffNamesAddedAndRemovedLinesWithContext() {
        var diff = TextDiff.between("one\ntwo\nthree", "one\n2\nthree\nfour");

        assertThat(diff).extracting(DiffLine::kind).first().isEqualTo(DiffLine.Kind.HUNK);
        assertThat(diff).contains(new DiffLine(DiffLine.Kind.REMOVED, "two"), new DiffLine(DiffLine.Kind.ADDED, "2"),
                new DiffLine(DiffLine.Kind.ADDED, "four"), new DiffLine(DiffLine.Kind.CONTEXT, "one"));
    }

    @Test
    void identicalTextsHaveNoDiff() {
        assertThat(TextDiff.between("same\ntext", "same\r\ntext")).isEmpty();
    }

    @Test
    void aSuggestionForAnOlderVersionIsAppliedToTheCurrentOneWhenTheChangesDoNotOverlap() {
        String base = "intro\n\na\nb\nc\n\nmiddle\n\nx\ny\nz";
        String suggested = "intro\n\na\nb\nc\n\nmiddle\n\nx\nY!\nz";
        String current = "new first line\nintro\n\na\nB\nc\n\nmiddle\n\nx\ny\nz";

        assertThat(TextDiff.rebase(base, suggested, current))
                .contains("new first line\nintro\n\na\nB\nc\n\nmiddle\n\nx\nY!\nz");
    }

    @Test
    void overlappingChangesCannotBeApplied() {
        String base = "a\nb\nc";
        String suggested = "a\nB from the suggestion\nc";
        String current = "a\nb changed by the council\nc";

        assertThat(TextDiff.rebase(base, suggested, current)).isEmpty();
    }
}
