package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReadableCodesTest {

    @Test
    void theAlphabetHas32DistinctSymbolsWithoutLookAlikes() {
        assertThat(ReadableCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(ReadableCodes.ALPHABET).doesNotContain("0", "O", "1", "I");
    }

    @Test
    void codesComeInDashSeparatedGroupsOfTheAlphabet() {
        String code = ReadableCodes.generate(5, 5);

        assertThat(code).matches("[" + ReadableCodes.ALPHABET + "]{5}(-[" + ReadableCodes.ALPHABET + "]{5}){4}");
        assertThat(ReadableCodes.hasShape(code, 5, 5)).isTrue();
        assertThat(ReadableCodes.hasShape(code, 4, 4)).isFalse();
        assertThat(ReadableCodes.hasShape("OOOOO-11111-IIIII-00000-AAAAA", 5, 5)).isFalse();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReadableCodes.generate(4, 4))).isTrue();
        }
    }

    @Test
    void everySymbolTurnsUp() {
        // 20,000 symbols over 32: a symbol missing would mean the draw never reaches part of the alphabet
        Set<Integer> symbols = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ReadableCodes.generate(4, 5).chars().filter(c -> c != '-').forEach(symbols::add);
        }
        assertThat(symbols).hasSize(32);
    }
}
