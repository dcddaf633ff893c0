package org.memberportal.rest.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NbvcxzPasswordStrengthTest {

    private final NbvcxzPasswordStrength strength = new NbvcxzPasswordStrength();

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopas", "Password123!", "iloveyou1234",
            "change-this-password", "correcthorsebatterystaple", "p@ssw0rd2024"})
    void commonPasswordsKeyboardWalksAndLeetSpellingsAreEasyToGuess(String weak) {
        assertThat(strength.weakness(weak.toCharArray())).as(weak).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a member's long passphrase", "replace me at first sign-in", "Tr0ub4dor&3 and more words"})
    void passphrasesOfAFewUncommonWordsAreNot(String strong) {
        assertThat(strength.weakness(strong.toCharArray())).as(strong).isEmpty();
    }
}
