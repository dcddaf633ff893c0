package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.mail.EmailSecret;
import org.memberportal.application.mail.Html;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.PortalLinks;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/** Writes the account life cycle's e-mails into the outbox, in the caller's transaction. */
@ApplicationScoped
public class OutboxAccountMail implements AccountMail, AgentMail, AgentPasswordResetMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;

    protected OutboxAccountMail() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public OutboxAccountMail(Outbox outbox, PortalLinks links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void activationLink(PortalAccount account, SecretToken token, Instant expiresAt) {
        queue(account, "ACTIVATION", "Activate your member portal account",
                "an account of the member support portal was created for you. Open this link to choose your"
                        + " password and activate it:",
                token, links::activation, expiresAt);
    }

    @Override
    public void passwordResetLink(PortalAccount account, SecretToken token, Instant expiresAt) {
        queue(account, "PASSWORD_RESET", "Reset your member portal password",
                "someone asked to reset the password of your member portal account. If it was you, open this"
                        + " link to choose a new one; if not, ignore this e-mail and nothing changes:",
                token, links::passwordReset, expiresAt);
    }

    @Override
    public void activationLink(SupportAgent agent, SecretToken token, Instant expiresAt) {
        queue(agent.email(), agent.fullName(), "ACTIVATION", "Activate your support agent account",
                "you were invited as a support agent of the member support portal. Open this link to choose your"
                        + " password and activate your account:",
                token, links::agentActivation, expiresAt);
    }

    @Override
    public void passwordResetLink(SupportAgent agent, SecretToken token, Instant expiresAt) {
        queue(agent.email(), agent.fullName(), "PASSWORD_RESET", "Reset your support agent password",
                "someone asked to reset the password of your support agent account. If it was you, open this"
                        + " link to choose a new one; if not, ignore this e-mail and nothing changes:",
                token, links::agentPasswordReset, expiresAt);
    }

    private void queue(PortalAccount account, String kind, String subject, String intro, SecretToken token,
            Function<SecretToken, String> linkTo, Instant expiresAt) {
        queue(account.email(), account.fullName(), kind, subject, intro, token, linkTo, expiresAt);
    }

    /**
     * The bodies get the link with a stand-in for the token; the token itself travels beside them as
     * the e-mail's secret, put in by the relay only when it sends the e-mail.
     */
    private void queue(EmailAddress to, String fullName, String kind, String subject, String intro,
            SecretToken token, Function<SecretToken, String> linkTo, Instant expiresAt) {
        String link = linkTo.apply(new SecretToken(EmailSecret.PLACEHOLDER));
        String validity = "The link works once, until " + WHEN.format(expiresAt) + ".";
        String text = "Hello " + fullName + ",\n\n" + intro + "\n\n" + link + "\n\n" + validity + "\n";
        String html = "<p>Hello " + Html.escape(fullName) + ",</p><p>" + Html.escape(intro) + "</p>"
                + "<p><a href=\"" + Html.escape(link) + "\">" + Html.escape(link) + "</a></p><p>"
                + Html.escape(validity) + "</p>";
        outbox.queue(new OutgoingEmail(to, fullName, subject, text, html, kind,
                new EmailSecret(token.value(), expiresAt)), clock.instant());
    }
}
