package org.memberportal.rest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.mail.DeliveryFailure;
import org.memberportal.application.mail.MailSender;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.domain.account.EmailAddress;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The SMTP adapter against real SMTP servers: GreenMail, and a few that misbehave on purpose. */
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String TEXT = "Open https://portal.example/activate?token=abc to set your password.\n";
    private static final String HTML = "<p>Open <a href=\"https://portal.example/activate?token=abc\">this link</a>"
            + " to set your password.</p>";
    private static final OutgoingEmail ACTIVATION = new OutgoingEmail(EmailAddress.of("jane.doe@acme.example"),
            "Jane Doe", "Activate your account – Müller & Söhne", TEXT, HTML, "ACTIVATION");

    @Test
    void theTextAndTheHtmlArriveAsAlternatives() throws Exception {
        sender(GREENMAIL.getSmtp().getPort(), null, null).send(ACTIVATION);

        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(to.getAddress()).isEqualTo("jane.doe@acme.example");
        assertThat(to.getPersonal()).isEqualTo("Jane Doe");
        assertThat(from.getAddress()).isEqualTo("no-reply@portal.example");
        assertThat(from.getPersonal()).isEqualTo("Member portal");
        assertThat(message.getSubject()).isEqualTo("Activate your account – Müller & Söhne");

        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        assertThat(alternatives.getCount()).isEqualTo(2);
        BodyPart text = alternatives.getBodyPart(0);
        BodyPart html = alternatives.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).as("lines end in CRLF on the wire").isEqualToNormalizingNewlines(TEXT);
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(html.getContent()).isEqualTo(HTML);
    }

    @Test
    void oneConnectionCarriesManyEmails() throws Exception {
        try (MailSender.Connection connection = sender(GREENMAIL.getSmtp().getPort(), null, null).connect()) {
            for (int i = 0; i < 5; i++) {
                connection.send(new OutgoingEmail(EmailAddress.of("member" + i + "@acme.example"), null, "Notice " + i,
                        TEXT, HTML, "ACTIVATION"));
            }
        }

        assertThat(GREENMAIL.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Notice 0", "Notice 1", "Notice 2", "Notice 3", "Notice 4");
    }

    @Test
    void aLoginTheServerRefusesIsWorthAnotherTryOnceTheSettingsAreFixed() {
        GREENMAIL.setUser("portal@portal.example", "portal", "the right password");

        DeliveryFailure failure = failureOf(sender(GREENMAIL.getSmtp().getPort(), "portal", "a wrong password"));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aStoppedServerIsATransientFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        DeliveryFailure failure = failureOf(sender(closedPort, null, null));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getMessage()).doesNotContain("Exception");
    }

    @Test
    void aServerThatNeverAnswersIsATransientFailureAfterTheReadTimeout() throws IOException {
        // accepts connections (the backlog does) but never says hello
        try (ServerSocket silent = new ServerSocket(0)) {
            DeliveryFailure failure = failureOf(sender(silent.getLocalPort(), null, null));

            assertThat(failure.isPermanent()).isFalse();
        }
    }

    @ParameterizedTest(name = "RCPT answered {0}: permanent {1}")
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 No such user here | true",
        "553 5.1.3 Bad recipient address syntax | true",
        "450 4.2.1 Mailbox busy, try later | false",
        "451 4.3.0 Temporary local problem | false",
    })
    void theServersAnswerToTheRecipientDecides(String reply, boolean permanent) throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringRcptWith(reply)) {
            DeliveryFailure failure = failureOf(sender(server.port(), null, null));

            assertThat(failure.isPermanent()).isEqualTo(permanent);
            assertThat(failure.getMessage()).contains(reply);
        }
    }

    @Test
    void aLoginWithoutTlsIsRefusedBeforeAnythingGoesOnTheWire() {
        GREENMAIL.setUser("portal@portal.example", "portal", "the right password");
        SmtpMailSender clear = sender(GREENMAIL.getSmtp().getPort(), "portal", "the right password");

        DeliveryFailure failure = failureOf(clear);

        assertThat(clear.refusal()).hasValueSatisfying(why -> assertThat(why).contains("PORTAL_SMTP_STARTTLS")
                .doesNotContain("the right password"));
        assertThat(failure.getMessage()).contains("refused without TLS");
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
        assertThat(sender(GREENMAIL.getSmtp().getPort(), null, null).refusal()).as("no login, nothing to protect")
                .isEmpty();
        assertThat(new SmtpSettings("localhost", 465, "portal", "pw", false, "a@b.example", Duration.ofSeconds(1),
                Duration.ofSeconds(1), true).refusal()).as("SMTPS").isEmpty();
    }

    @Test
    void withoutAHostThereIsNoSmtp() {
        SmtpMailSender unconfigured = new SmtpMailSender((SmtpSettings) null);

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThat(failureOf(unconfigured).isPermanent()).isFalse();
    }

    private static SmtpMailSender sender(int port, String username, String password) {
        return new SmtpMailSender(new SmtpSettings("localhost", port, username, password, false,
                "Member portal <no-reply@portal.example>", Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private static DeliveryFailure failureOf(SmtpMailSender sender) {
        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send(ACTIVATION));
        assertThat(failure).as("the send fails").isNotNull();
        return failure;
    }
}
