package org.repsportal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvatarFormatTests {

    private final AvatarFormat avatar = new AvatarFormat();

    @Test
    void initialsAreTheFirstLettersOfTheFirstAndLastWord() {
        assertThat(avatar.initials("Ana S.")).isEqualTo("AS");
        assertThat(avatar.initials("  maya   de la mentor ")).isEqualTo("MM");
        assertThat(avatar.initials("Priyanka")).isEqualTo("P");
        assertThat(avatar.initials("Łukasz (Luke) Żak")).isEqualTo("ŁŻ");
    }

    @Test
    void aMissingOrWordlessNameHasAQuestionMark() {
        assertThat(avatar.initials(null)).isEqualTo("?");
        assertThat(avatar.initials(" ")).isEqualTo("?");
        assertThat(avatar.initials("— ·")).isEqualTo("?");
    }

    @Test
    void theSameNameAlwaysHasTheSameToneWithinThePalette() {
        assertThat(avatar.tone("Ana S.")).isEqualTo(avatar.tone(" Ana S. ")).isBetween(0, AvatarFormat.TONES - 1);
        assertThat(avatar.tone("zzzzzzzzzzzzz")).isBetween(0, AvatarFormat.TONES - 1);
        assertThat(avatar.tone(null)).isZero();
    }
}
