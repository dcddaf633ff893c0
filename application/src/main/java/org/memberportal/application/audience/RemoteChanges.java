package org.memberportal.application.audience;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.company.Companies;
import org.memberportal.application.jobs.Fence;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.preference.Preferences;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * Takes what people and Mailchimp did there into the portal, one member per transaction: an
 * unsubscribe made in Mailchimp wins (both audiences off, and only the person's confirmation brings
 * them back), a clean marks the address as no valid recipient, groups changed in Mailchimp's
 * preference centre become the portal's choice when they are the newer change, a confirmed opt-in
 * ends the wait. Every handler is idempotent, and the portal's own writes coming back (echoes)
 * change nothing: a member that looks as the portal last sent it, or an unsubscribe the portal
 * made itself, is no news.
 */
@ApplicationScoped
@Transactional
public class RemoteChanges {

    /** What became of a piece of news. */
    public enum Outcome {
        /** Not one of the portal's accounts. */
        UNKNOWN_MEMBER,
        /** Nothing new: an echo of the portal's own write, or news already taken in. */
        NOTHING_NEW,
        APPLIED
    }

    private final Accounts accounts;
    private final Companies companies;
    private final Preferences preferences;
    private final ConsentHistory history;
    private final SyncStates states;
    private final Clock clock;

    protected RemoteChanges() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public RemoteChanges(Accounts accounts, Companies companies, Preferences preferences, ConsentHistory history,
            SyncStates states, Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.preferences = preferences;
        this.history = history;
        this.states = states;
        this.clock = clock;
    }

    /** The member as Mailchimp holds it now (a webhook's hint looked up). */
    public Outcome apply(RemoteMember remote, ConsentSource source) {
        return apply(remote, source, Fence.NONE);
    }

    /** The same for a job's run (the pull): its fence is checked in the transaction of the change. */
    public Outcome apply(RemoteMember remote, ConsentSource source, Fence fence) {
        Optional<SyncSubject> found = locate(remote.email());
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MEMBER;
        }
        SyncSubject subject = found.get();
        String seenHash = seenHash(remote);
        if (isEcho(seenHash, subject.state())) {
            return Outcome.NOTHING_NEW;
        }
        fence.check();
        Instant now = clock.instant();
        Instant when = remote.lastChanged() != null ? remote.lastChanged() : now;
        MailingPreferences choice = subject.preferences();
        PortalAccount account = subject.account();
        String note = switch (remote.status()) {
            case UNSUBSCRIBED -> unsubscribed(subject, when, now);
            case CLEANED -> choice.addressCleaned(now) ? "the address was cleaned in Mailchimp (it bounced)" : null;
            case SUBSCRIBED, PENDING -> subscribed(remote, account, choice, when, now);
            default -> null; // transactional, archived: no choice of the person's about the audiences
        };
        record(subject, note, source, now);
        states.save(subject.state().seen(remote.email(), remote.status(), seenHash, now));
        return note == null ? Outcome.NOTHING_NEW : Outcome.APPLIED;
    }

    /**
     * These members less the portal's own writes coming back (echoes), which {@link #apply} would
     * find to be nothing new: one look-up for them all rather than one per member, since most of
     * what the pull after a push reads is that push's echoes.
     */
    public List<RemoteMember> withoutEchoes(List<RemoteMember> members) {
        Map<String, SyncState> known = states.findByAudienceEmails(members.stream().map(RemoteMember::email).toList());
        return members.stream().filter(m -> !isEcho(seenHash(m), known.get(m.email().key()))).toList();
    }

    /** The hash of the member as Mailchimp holds it, comparable with what was pushed; null for a status never pushed. */
    private static String seenHash(RemoteMember remote) {
        return remote.status().isSettable() ? PayloadHash.of(new MemberState(remote.email(), remote.status(),
                remote.mergeFields(), remote.mailings())) : null;
    }

    private static boolean isEcho(String seenHash, SyncState state) {
        return seenHash != null && state != null && seenHash.equals(state.payloadHash());
    }

    /** A webhook's unsubscribe: the person left through Mailchimp at {@code firedAt}. */
    public Outcome unsubscribed(EmailAddress email, Instant firedAt, ConsentSource source) {
        Optional<SyncSubject> found = locate(email);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MEMBER;
        }
        SyncSubject subject = found.get();
        Instant now = clock.instant();
        String note = unsubscribed(subject, firedAt != null ? firedAt : now, now);
        if (note == null) {
            return Outcome.NOTHING_NEW;
        }
        record(subject, note, source, now);
        SyncState seen = subject.state().seen(email, AudienceStatus.UNSUBSCRIBED, null, now);
        // Mailchimp has the member unsubscribed: when that is also what the portal now wants, there is nothing to send
        Optional<MemberState> desired = DesiredStates.of(new SyncSubject(subject.account(), subject.companyName(),
                subject.preferences(), seen));
        states.save(desired.filter(d -> d.status() == AudienceStatus.UNSUBSCRIBED)
                .map(d -> seen.withHash(PayloadHash.of(d))).orElse(seen));
        return Outcome.APPLIED;
    }

    /** A webhook's clean: the address bounced. */
    public Outcome cleaned(EmailAddress email, ConsentSource source) {
        Optional<SyncSubject> found = locate(email);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MEMBER;
        }
        SyncSubject subject = found.get();
        Instant now = clock.instant();
        if (!subject.preferences().addressCleaned(now)) {
            return Outcome.NOTHING_NEW;
        }
        record(subject, "the address was cleaned in Mailchimp (it bounced)", source, now);
        states.save(subject.state().seen(email, AudienceStatus.CLEANED, null, now));
        return Outcome.APPLIED;
    }

    /** A webhook's upemail: the person changed their address in Mailchimp. */
    public Outcome addressChanged(EmailAddress oldEmail, EmailAddress newEmail, ConsentSource source) {
        if (locate(newEmail).isPresent()) {
            return Outcome.NOTHING_NEW;
        }
        Optional<SyncSubject> found = locate(oldEmail);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MEMBER;
        }
        SyncSubject subject = found.get();
        Instant now = clock.instant();
        subject.preferences().addressChanged(now);
        record(subject, "the address in Mailchimp changed to " + newEmail, source, now);
        states.save(subject.state().movedTo(newEmail));
        return Outcome.APPLIED;
    }

    /** An unsubscribe the portal does not know yet (not its own, not taken in before), weighed by the preferences. */
    private static String unsubscribed(SyncSubject subject, Instant when, Instant now) {
        AudienceStatus known = subject.state().remoteStatus();
        if (known == AudienceStatus.UNSUBSCRIBED) {
            return null;
        }
        return switch (subject.preferences().unsubscribedThroughMailchimp(subject.account().level(), when,
                known == AudienceStatus.SUBSCRIBED, now)) {
            case UNSUBSCRIBED -> "unsubscribed through Mailchimp";
            case OPT_IN_AWAITS_CONFIRMATION -> "left through Mailchimp before opting in again: confirmation pending";
            case NOTHING_NEW -> null;
        };
    }

    private static String subscribed(RemoteMember remote, PortalAccount account, MailingPreferences choice,
            Instant when, Instant now) {
        MailingPreferences.Resubscription taken = choice.subscribedInMailchimp(account.level(),
                remote.status() == AudienceStatus.SUBSCRIBED, remote.isOptedInto(Mailing.TRAINING_NEWSLETTER),
                remote.isOptedInto(Mailing.UPDATE_NOTICES), when, now);
        List<String> notes = new ArrayList<>();
        if (taken.confirmed()) {
            notes.add("confirmed the opt-in in Mailchimp");
        }
        if (taken.groupsChanged()) {
            notes.add("groups changed in Mailchimp");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private void record(SyncSubject subject, String note, ConsentSource source, Instant now) {
        if (note == null) {
            return;
        }
        MailingPreferences saved = preferences.save(subject.preferences());
        history.record(ConsentChange.of(saved, saved.confirmationPending(subject.account().level()), source, note,
                now));
    }

    /**
     * The account whose member has this address in Mailchimp: by the address Mailchimp was last
     * known to have for it, else by the account's own address when Mailchimp knows it by no other.
     */
    private Optional<SyncSubject> locate(EmailAddress email) {
        Optional<SyncState> byAudience = states.findByAudienceEmail(email);
        Optional<PortalAccount> account = byAudience.isPresent()
                ? accounts.find(byAudience.get().accountId())
                : accounts.findByEmail(email);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        SyncState state = byAudience.orElseGet(() -> states.find(account.get().id())
                .orElse(SyncState.none(account.get().id())));
        if (state.audienceEmail() != null && !state.audienceEmail().equals(email)) {
            return Optional.empty(); // Mailchimp knows this account by another address now
        }
        String companyName = companies.find(account.get().companyId()).map(c -> c.name()).orElse("");
        MailingPreferences choice = preferences.current(account.get());
        return Optional.of(new SyncSubject(account.get(), companyName, choice, state));
    }
}
