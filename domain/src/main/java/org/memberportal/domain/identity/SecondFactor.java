package org.memberportal.domain.identity;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.memberportal.domain.account.AccountId;

/**
 * A person's second factor: a TOTP secret (RFC 6238) that their authenticator app shares, pending
 * until they prove it with a code, then on, with single-use recovery codes kept as hashes.
 *
 * <p>A code is known by its time step (30-second intervals since the epoch). A step once used is
 * never accepted again, nor any before it, so a code seen over someone's shoulder or replayed
 * from a log opens nothing.
 */
public final class SecondFactor {

    private final String holder;
    private final String secret;
    private final long version;
    private boolean enabled;
    private long lastUsedStep;
    private final Set<String> recoveryCodeHashes;

    private SecondFactor(String holder, String secret, boolean enabled, long lastUsedStep,
            Set<String> recoveryCodeHashes, long version) {
        this.holder = Objects.requireNonNull(holder);
        this.secret = Objects.requireNonNull(secret);
        this.enabled = enabled;
        this.lastUsedStep = lastUsedStep;
        this.recoveryCodeHashes = new LinkedHashSet<>(recoveryCodeHashes);
        this.version = version;
    }

    /** An enrolment just started: the secret is handed to the person, nothing is asked of them yet. */
    public static SecondFactor pending(String holder, String secret) {
        return new SecondFactor(holder, secret, false, -1, Set.of(), 0);
    }

    /** As stored. */
    public static SecondFactor restore(String holder, String secret, boolean enabled, long lastUsedStep,
            Set<String> recoveryCodeHashes, long version) {
        return new SecondFactor(holder, secret, enabled, lastUsedStep, recoveryCodeHashes, version);
    }

    /** Whose it is: {@code account:<id>} or {@code agent:<id>}. */
    public static String holderOf(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return holderOf(member.accountId());
        }
        return "agent:" + ((Caller.Agent) caller).agentId().value();
    }

    /** A person's, whichever company they act for. */
    public static String holderOf(AccountId account) {
        return "account:" + account.value();
    }

    /**
     * Switches it on with the first code the person's app showed (its step then counts as used)
     * and the hashes of their new recovery codes; false when it is on already.
     */
    public boolean confirm(long step, Set<String> newRecoveryCodeHashes) {
        if (enabled || newRecoveryCodeHashes.isEmpty()) {
            return false;
        }
        enabled = true;
        lastUsedStep = step;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(newRecoveryCodeHashes);
        return true;
    }

    /** Takes the code of this step, once: false for a step used already or older. */
    public boolean acceptStep(long step) {
        if (step <= lastUsedStep) {
            return false;
        }
        lastUsedStep = step;
        return true;
    }

    /** Spends a recovery code, known by its hash: false when there is no such code (left). */
    public boolean spendRecoveryCode(String hash) {
        return enabled && recoveryCodeHashes.remove(hash);
    }

    public String holder() {
        return holder;
    }

    public String secret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public long lastUsedStep() {
        return lastUsedStep;
    }

    public Set<String> recoveryCodeHashes() {
        return Set.copyOf(recoveryCodeHashes);
    }

    /** The stored version this was read at; a save from an older one is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "SecondFactor[" + holder + (enabled ? ", on" : ", pending") + "]";
    }
}
