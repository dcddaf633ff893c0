package org.memberportal.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/**
 * One person's choice of the two audiences (docs/rules.md, opt-in preferences): the newsletter of
 * training hints and the notices of software updates, and what Mailchimp told about the person:
 * that they left through Mailchimp (an unsubscribe link), so Mailchimp takes them back only on
 * their own confirmation, and that their address was cleaned (it bounced).
 *
 * <p>Which side wins when the portal and Mailchimp disagree (the consent precedence) is decided
 * here: {@link #choose}, {@link #unsubscribedThroughMailchimp}, {@link #subscribedInMailchimp},
 * {@link #addressCleaned}. Every change is stamped with its time ({@link #changedAt()}).
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
    private long version;

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

    /**
     * The person's preferences: those stored, or, for an account that has none yet, its level's
     * defaults as of the account's creation.
     */
    public static MailingPreferences storedOrDefaults(MailingPreferences stored, PortalAccount account) {
        return stored != null ? stored : defaultsFor(account.id(), account.level(), account.createdAt());
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

    /** What an unsubscribe made in Mailchimp did. */
    public enum Unsubscribe {
        NOTHING_NEW,
        /** Both audiences off; only the person's confirmation in Mailchimp brings them back. */
        UNSUBSCRIBED,
        /** The person opted in again in the portal after leaving: the opt-in stays and waits for confirmation. */
        OPT_IN_AWAITS_CONFIRMATION
    }

    /**
     * The person unsubscribed through Mailchimp at {@code when}. docs/rules.md: that is their choice
     * and wins over the portal's state, unless they opted in again in the portal after it and that
     * opt-in has not reached Mailchimp yet: then the opt-in stays and waits for their confirmation
     * there.
     */
    public Unsubscribe unsubscribedThroughMailchimp(PermissionLevel level, Instant when,
            boolean optInReachedMailchimp, Instant now) {
        if (receivesAny(level) && changedAt.isAfter(when) && !optInReachedMailchimp) {
            return leftThroughMailchimpBeforeOptingIn(now) ? Unsubscribe.OPT_IN_AWAITS_CONFIRMATION
                    : Unsubscribe.NOTHING_NEW;
        }
        return unsubscribedInMailchimp(now) ? Unsubscribe.UNSUBSCRIBED : Unsubscribe.NOTHING_NEW;
    }

    /** What a member subscribed in Mailchimp told: a confirmed opt-in, groups chosen there, or both. */
    public record Resubscription(boolean confirmed, boolean groupsChanged) {
    }

    /**
     * Mailchimp has the person subscribed (or pending) with these groups, as changed there at
     * {@code when}: subscribed ({@code confirmed}) ends a wait for confirmation; the groups become
     * the portal's choice when they are the newer change.
     */
    public Resubscription subscribedInMailchimp(PermissionLevel level, boolean confirmed, boolean wantsNewsletter,
            boolean wantsUpdateNotices, Instant when, Instant now) {
        boolean mailchimpIsNewer = !changedAt.isAfter(when);
        boolean confirmation = confirmed && confirmedInMailchimp(now);
        boolean groups = mailchimpIsNewer && chosenInMailchimp(level, wantsNewsletter, wantsUpdateNotices, now);
        return new Resubscription(confirmation, groups);
    }

    private boolean leftThroughMailchimpBeforeOptingIn(Instant now) {
        if (leftThroughMailchimp) {
            return false;
        }
        leftThroughMailchimp = true;
        changedAt = Objects.requireNonNull(now);
        return true;
    }

    /** Mailchimp has the person subscribed again: they confirmed, nothing waits any more. */
    public boolean confirmedInMailchimp(Instant now) {
        if (!leftThroughMailchimp) {
            return false;
        }
        leftThroughMailchimp = false;
        changedAt = Objects.requireNonNull(now);
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

    /**
     * The person became a member of another company at {@code newLevel}: an audience none of
     * their levels could receive before was never theirs to leave, so they are subscribed to it
     * now, as on activation; one they could receive keeps their choice. Someone who left through
     * Mailchimp is not subscribed again by the portal.
     *
     * @param levelsBefore the levels of their active memberships before this one
     * @return whether anything changed
     */
    public boolean joined(PermissionLevel newLevel, Collection<PermissionLevel> levelsBefore, Instant now) {
        if (leftThroughMailchimp) {
            return false;
        }
        boolean newsletterNew = newsletterEligible(newLevel)
                && levelsBefore.stream().noneMatch(MailingPreferences::newsletterEligible);
        boolean updateNoticesNew = updateNoticesEligible(newLevel)
                && levelsBefore.stream().noneMatch(MailingPreferences::updateNoticesEligible);
        return set(newsletter || newsletterNew, updateNotices || updateNoticesNew, now);
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

    /**
     * The preferences as the person read them, at {@code readVersion}: saving them is refused as
     * stale when the stored ones moved on since.
     */
    public MailingPreferences readAt(long readVersion) {
        this.version = readVersion;
        return this;
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
