package org.memberportal.application.notification;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.mail.Html;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/**
 * Tells a company's active Primary and Manager accounts of a raised warning, by direct e-mail
 * through the outbox: not through Mailchimp, whose audience may be exactly what is missing.
 */
@ApplicationScoped
public class WarningMail {

    private final Outbox outbox;
    private final Clock clock;

    protected WarningMail() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public WarningMail(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void warningRaised(CompanyId company, CompanyWarning warning, List<PortalAccount> staff) {
        for (PortalAccount person : staff) {
            if (person.status() == AccountStatus.ACTIVE && (person.level() == PermissionLevel.PRIMARY_OWNER
                    || person.level() == PermissionLevel.MANAGER_SUPERVISOR)) {
                String text = "Hello " + person.fullName() + ",\n\n" + warning.message() + "\n\n" + advice(warning)
                        + "\n";
                String html = "<p>Hello " + Html.escape(person.fullName()) + ",</p><p>" + Html.escape(warning.message())
                        + "</p><p>" + Html.escape(advice(warning)) + "</p>";
                outbox.queue(new OutgoingEmail(person.email(), person.fullName(),
                        "Member portal: a warning about your company's accounts", text, html, "COMPANY_WARNING"),
                        clock.instant());
            }
        }
    }

    private static String advice(CompanyWarning warning) {
        return switch (warning) {
            case COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT ->
                    "Without a subscriber to update notices nobody will hear of new software versions. Ask a"
                            + " colleague to opt in to update notices in their portal preferences.";
            case COMPANY_WITHOUT_PRIMARY, COMPANY_WITH_SINGLE_PRIMARY ->
                    "The vendor recommends more than one Primary member. A Primary can request an account at"
                            + " Primary level, or raise a colleague's level, in the portal.";
        };
    }
}
