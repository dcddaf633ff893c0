package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u00a0", "\u200b", "\u2003\ufeff", " \u202f "})
    void aTextThatShowsNothingIsMissing(String unseen) {
        assertThatThrownBy(() -> Texts.require("the title", unseen, 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the title is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Printer", " x ", "\u00a0Ä\u00a0", "-", "\u2603"})
    void aTextWithOneVisibleCharacterIsKept(String text) {
        assertThat(Texts.require("the title", text, 200)).isEqualTo(text.strip());
    }
}
