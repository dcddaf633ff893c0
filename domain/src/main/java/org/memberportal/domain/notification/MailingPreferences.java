package org.memberportal.domain.notification;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;

/**
 * One person's choice of the two audiences (docs/rules.md, opt-in preferences): the newsletter of
 * training hints and the notices of software updates, and what Mailchimp told about the person:
 * that they left through Mailchimp (an unsubscribe link), so Mailchimp takes them back only on
 * their own confirmation, and that their address was cleaned (it bounced).
 *
 * <p>Eligibility comes from the capability matrix. A choice kept from an eligible level does not
 * count while the level is not eligible ({@link #receivesNewsletter(PermissionLevel)}).
 */
public final class MailingPreferences {

    private final AccountId accountId;
    private boolean newsletter;
    private boolean updateNotices;
    private boolean leftThroughMailchimp;
    private boolean addressCleaned;
    private Instant changedAt;
    private final long version;

    private MailingPreferences(AccountId accountId, boolean newsletter, boolean updateNotices,
            boolean leftThroughMailchimp, boolean addressCleaned, Instant changedAt, long version) {
        this.accountId = Objects.requireNonNull(accountId, "account");
        this.newsletter = newsletter;
        this.updateNotices = updateNotices;
        this.leftThroughMailchimp = leftThroughMailchimp;
        this.addressCleaned = addressCleaned;
        this.changedAt = Objects.requireNonNull(changedAt, "changed at");
        this.version = version;
    }

    /** What an active account has until its person chooses: every audience its level may receive. */
    public static MailingPreferences defaultsFor(AccountId accountId, PermissionLevel level, Instant now) {
        return new MailingPreferences(accountId, newsletterEligible(level), updateNoticesEligible(level), false, false,
                now, 0);
    }

    public static MailingPreferences restore(AccountId accountId, boolean newsletter, boolean updateNotices,
            boolean leftThroughMailchimp, boolean addressCleaned, Instant changedAt, long version) {
        return new MailingPreferences(accountId, newsletter, updateNotices, leftThroughMailchimp, addressCleaned,
                changedAt, version);
    }

    public static boolean newsletterEligible(PermissionLevel level) {
        return CapabilityMatrix.grants(level, Capability.RECEIVE_NEWSLETTER);
    }

    public static boolean updateNoticesEligible(PermissionLevel level) {
        return CapabilityMatrix.grants(level, Capability.RECEIVE_UPDATE_NOTICES);
    }

    /**
     * The person's own choice in the portal. Opting into an audience the level is not eligible for
     * is refused; opting in after leaving through Mailchimp is allowed and waits for their
     * confirmation there ({@link #confirmationPending(PermissionLevel)}).
     *
     * @return whether anything changed
     */
    public boolean choose(PermissionLevel level, boolean wantsNewsletter, boolean wantsUpdateNotices, Instant now) {
        if (wantsNewsletter && !newsletterEligible(level)) {
            throw new NotEligible("newsletter");
        }
        if (wantsUpdateNotices && !updateNoticesEligible(level)) {
            throw new NotEligible("update notices");
        }
        return set(wantsNewsletter, wantsUpdateNotices, now);
    }

    /**
     * The person changed their groups in Mailchimp (its preference centre): taken over as far as
     * the level is eligible; an audience the level may not receive stays off.
     *
     * @return whether anything changed
     */
    public boolean chosenInMailchimp(PermissionLevel level, boolean wantsNewsletter, boolean wantsUpdateNotices,
            Instant now) {
        return set(wantsNewsletter && newsletterEligible(level), wantsUpdateNotices && updateNoticesEligible(level),
                now);
    }

    /**
     * The person unsubscribed through Mailchimp: their choice wins over the portal's, so both
     * audiences are off, and Mailchimp will take them back only on their confirmation.
     *
     * @return whether anything changed
     */
    public boolean unsubscribedInMailchimp(Instant now) {
        boolean changed = set(false, false, now);
        if (!leftThroughMailchimp) {
            leftThroughMailchimp = true;
            changedAt = now;
            changed = true;
        }
        return changed;
    }

    /**
     * The person left through Mailchimp before opting in again in the portal: their opt-in stays
     * and needs their confirmation in Mailchimp.
     *
     * @return whether anything changed
     */
    public boolean leftThroughMailchimpBeforeOptingIn() {
        if (leftThroughMailchimp) {
            return false;
        }
        leftThroughMailchimp = true;
        return true;
    }

    /** Mailchimp has the person subscribed again: they confirmed, nothing waits any more. */
    public boolean confirmedInMailchimp() {
        if (!leftThroughMailchimp) {
            return false;
        }
        leftThroughMailchimp = false;
        return true;
    }

    /** The address bounced: it is not a valid recipient until it changes. */
    public boolean addressCleaned(Instant now) {
        if (addressCleaned) {
            return false;
        }
        addressCleaned = true;
        changedAt = now;
        return true;
    }

    /** The person's address in Mailchimp changed: the new one has not bounced. */
    public boolean addressChanged(Instant now) {
        if (!addressCleaned) {
            return false;
        }
        addressCleaned = false;
        changedAt = now;
        return true;
    }

    private boolean set(boolean wantsNewsletter, boolean wantsUpdateNotices, Instant now) {
        if (newsletter == wantsNewsletter && updateNotices == wantsUpdateNotices) {
            return false;
        }
        newsletter = wantsNewsletter;
        updateNotices = wantsUpdateNotices;
        changedAt = Objects.requireNonNull(now);
        return true;
    }

    public boolean receivesNewsletter(PermissionLevel level) {
        return newsletter && newsletterEligible(level);
    }

    public boolean receivesUpdateNotices(PermissionLevel level) {
        return updateNotices && updateNoticesEligible(level);
    }

    public boolean receivesAny(PermissionLevel level) {
        return receivesNewsletter(level) || receivesUpdateNotices(level);
    }

    /** Opted in after leaving through Mailchimp: a confirmation e-mail from Mailchimp is on its way. */
    public boolean confirmationPending(PermissionLevel level) {
        return leftThroughMailchimp && receivesAny(level);
    }

    /** docs/rules.md: an active account, subscribed to update notices, whose address is not cleaned. */
    public boolean validUpdateNoticeRecipient(PermissionLevel level, AccountStatus status) {
        return status == AccountStatus.ACTIVE && receivesUpdateNotices(level) && !addressCleaned;
    }

    public AccountId accountId() {
        return accountId;
    }

    public boolean newsletter() {
        return newsletter;
    }

    public boolean updateNotices() {
        return updateNotices;
    }

    public boolean leftThroughMailchimp() {
        return leftThroughMailchimp;
    }

    public boolean isAddressCleaned() {
        return addressCleaned;
    }

    /** When the choices (or the address's standing) last changed, from whichever side. */
    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }

    /** An audience the person's level may not receive was asked for. */
    public static final class NotEligible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEligible(String audience) {
            super("Your permission level is not eligible for the " + audience + ".");
        }
    }
}
