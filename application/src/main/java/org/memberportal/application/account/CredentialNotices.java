package org.memberportal.application.account;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.mail.Html;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.OutgoingEmail;

/** Tells a person by e-mail that their credentials changed, in the transaction that changed them. */
@ApplicationScoped
public class CredentialNotices {

    static final String KIND = "CREDENTIALS_CHANGED";
    private static final String IF_NOT_YOU = "If this was not you, ask the vendor's support team at once.";

    private final Outbox outbox;
    private final Clock clock;

    protected CredentialNotices() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public CredentialNotices(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void tell(@Observes CredentialsChanged changed) {
        String name = changed.fullName() == null ? changed.to().value() : changed.fullName();
        String sentence = changed.change().sentence();
        String text = "Hello " + name + ",\n\n" + capitalised(sentence) + "\n\n" + IF_NOT_YOU + "\n";
        String html = "<p>Hello " + Html.escape(name) + ",</p><p>" + Html.escape(capitalised(sentence)) + "</p><p>"
                + Html.escape(IF_NOT_YOU) + "</p>";
        outbox.queue(new OutgoingEmail(changed.to(), name, changed.change().subject(), text, html, KIND, null),
                clock.instant());
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
