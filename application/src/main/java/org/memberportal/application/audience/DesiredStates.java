package org.memberportal.application.audience;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notice.ProductTags;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * The state each person should have in Mailchimp: an active account subscribed to at
 * least one audience is {@code subscribed} with its mailings and merge fields, or {@code pending}
 * when it opted in again after leaving through Mailchimp; one subscribed to neither is
 * {@code unsubscribed}; a deactivated one is {@code unsubscribed}, never deleted. Nothing is sent
 * for an account pending activation, for a cleaned address, or to unsubscribe someone Mailchimp
 * never heard of.
 */
public final class DesiredStates {

    private DesiredStates() {
    }

    public static Optional<MemberState> of(SyncSubject subject) {
        PortalAccount account = subject.account();
        MailingPreferences preferences = subject.preferences();
        if (preferences.isAddressCleaned()) {
            return Optional.empty();
        }
        // one member per address: the groups of every active membership's level, together
        Set<Mailing> mailings = switch (account.status()) {
            case PENDING_ACTIVATION -> null;
            case DEACTIVATED -> Set.of();
            case ACTIVE -> {
                Set<Mailing> union = EnumSet.noneOf(Mailing.class);
                subject.memberships().stream().filter(m -> m.status() == AccountStatus.ACTIVE)
                        .forEach(m -> union.addAll(mailingsOf(preferences, m.level())));
                yield union;
            }
        };
        if (mailings == null || (mailings.isEmpty() && !subject.state().isKnownToMailchimp())) {
            return Optional.empty();
        }
        AudienceStatus status = mailings.isEmpty() ? AudienceStatus.UNSUBSCRIBED
                : preferences.leftThroughMailchimp() ? AudienceStatus.PENDING : AudienceStatus.SUBSCRIBED;
        var email = subject.state().audienceEmail() != null ? subject.state().audienceEmail() : account.email();
        return Optional.of(new MemberState(email, status, mergeFields(account, subject.companyName())
                .withProducts(productsOf(subject)), mailings));
    }

    private static Set<Mailing> mailingsOf(MailingPreferences preferences, PermissionLevel level) {
        Set<Mailing> mailings = EnumSet.noneOf(Mailing.class);
        if (preferences.receivesNewsletter(level)) {
            mailings.add(Mailing.TRAINING_NEWSLETTER);
        }
        if (preferences.receivesUpdateNotices(level)) {
            mailings.add(Mailing.UPDATE_NOTICES);
        }
        return mailings;
    }

    /** The products of the companies the person is active in, as Mailchimp's segment reads them. */
    static String productsOf(SyncSubject subject) {
        return ProductTags.of(subject.memberships().stream().filter(m -> m.status() == AccountStatus.ACTIVE)
                .flatMap(m -> subject.licensedProducts().getOrDefault(m.companyId(), List.of()).stream())
                .toList());
    }

    /** FNAME is the full name's first word, LNAME the rest; COMPANY and LEVEL as the portal has them. */
    static MergeFields mergeFields(PortalAccount account, String companyName) {
        String name = account.fullName().strip();
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? "" : name.substring(space + 1).strip();
        return new MergeFields(first, last, companyName, account.level().name());
    }
}
