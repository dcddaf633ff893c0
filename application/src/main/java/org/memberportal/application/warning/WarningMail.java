package org.memberportal.application.warning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.mail.MemberNotices;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.CoverageRules;

/**
 * Tells a company's active accounts of the levels {@link CoverageRules#isRecipient} names of a raised warning, by direct e-mail
 * through the outbox: not through Mailchimp, whose audience may be exactly what is missing.
 */
@ApplicationScoped
public class WarningMail {

    private final MemberNotices notices;

    protected WarningMail() {
        this(null); // for the CDI proxy
    }

    @Inject
    public WarningMail(MemberNotices notices) {
        this.notices = notices;
    }

    void warningRaised(CompanyWarning warning, List<PortalAccount> staff) {
        for (PortalAccount person : staff) {
            if (CoverageRules.isRecipient(person.level())) {
                // MemberNotices writes to active accounts only
                notices.sendAbout("home", person.companyId(), person, "COMPANY_WARNING", "Member portal: a warning about your company's accounts",
                        warning.message(), advice(warning));
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
