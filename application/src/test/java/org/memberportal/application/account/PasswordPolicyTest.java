package org.memberportal.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.GuessedPasswords;

class PasswordPolicyTest {

    private final PasswordPolicy policy = GuessedPasswords.policy();

    @ParameterizedTest
    @ValueSource(strings = {"short", "eleven char", "password1234"})
    void tooShortOrEasilyGuessedIsAWeakPasswordWithTheEstimatorsReason(String weak) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> policy.check(weak.toCharArray()));

        assertThat(refusal.problem()).isEqualTo(ProblemCode.WEAK_PASSWORD);
        if (weak.length() >= PasswordPolicy.MIN_LENGTH) {
            assertThat(refusal.getMessage()).startsWith("This is a top-10 common password.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve chars", "a passphrase of any characters, ünïcode too"})
    void anyCharactersWithoutCompositionRules(String strong) {
        assertThatCode(() -> policy.check(strong.toCharArray())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {PasswordPolicy.MAX_LENGTH + 1})
    void notLongerThanTheMaximum(int length) {
        assertThat(catchThrowableOfType(Refusal.class, () -> policy.check("x".repeat(length).toCharArray())).problem())
                .isEqualTo(ProblemCode.WEAK_PASSWORD);
    }
}
