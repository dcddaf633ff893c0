package org.memberportal.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memberportal.domain.account.EmailAddress;

class OutgoingEmailTest {

    private static final EmailAddress JANE = EmailAddress.of("jane@acme.example");

    @ParameterizedTest
    @ValueSource(strings = {"Hello\r\nBcc: victim@example.org", "Hello\nthere", "Tab\there"})
    void aSubjectIsOneLine(String subject) {
        assertThatThrownBy(() -> email("Jane", subject, "ACTIVATION")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecipientNameIsOneLine() {
        assertThatThrownBy(() -> email("Jane\r\nBcc: victim@example.org", "Hello", "ACTIVATION"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "activation", "ACTIVATION LINK", "1ACTIVATION"})
    void theKindIsAnUpperCaseName(String kind) {
        assertThatThrownBy(() -> email("Jane", "Hello", kind)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankNameIsNoName() {
        assertThat(email("  ", "Hello", "PASSWORD_RESET").recipientName()).isNull();
    }

    @Test
    void itsTextNeverShowsTheBodies() {
        OutgoingEmail email = new OutgoingEmail(JANE, "Jane", "Activate", "token=secret-text",
                "<a href=\"?token=secret-html\">", "ACTIVATION");

        assertThat(email.toString()).contains("ACTIVATION", "jane@acme.example", "Activate")
                .doesNotContain("secret-text", "secret-html");
    }

    private static OutgoingEmail email(String name, String subject, String kind) {
        return new OutgoingEmail(JANE, name, subject, "text", "<p>html</p>", kind);
    }
}
