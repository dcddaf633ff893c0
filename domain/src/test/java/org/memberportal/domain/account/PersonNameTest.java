package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @Test
    void aNameIsStrippedAndKeptAsTyped() {
        assertThat(PersonName.of("  Zoë O'Brien-Łukasz  ")).isEqualTo("Zoë O'Brien-Łukasz");
        assertThat(PersonName.of("x".repeat(PersonName.MAX_LENGTH))).hasSize(PersonName.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Jane\nDoe", "Jane\rDoe", "Jane\tDoe", "Jane\u0000Doe", "Jane\u2028Doe",
            "Jane\u2029Doe", "Jane\u0085Doe"})
    void blankOrMultiLineNamesAreRefused(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of(typed));
    }

    @Test
    void aNameTooLongIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of("x".repeat(PersonName.MAX_LENGTH + 1)));
    }
}
