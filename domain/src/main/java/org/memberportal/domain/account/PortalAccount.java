package org.memberportal.domain.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.LifeCycleRefusal.Reason;
import org.memberportal.domain.company.CompanyId;

/**
 * One person's membership in a company: their level and where they are in the account life
 * cycle (pending activation, active, deactivated). Every step of the life cycle of docs/rules.md is a
 * method here, and refuses with a {@link LifeCycleRefusal} what the rules do not allow.
 */
public final class PortalAccount {

    private final AccountId id;
    private final CompanyId companyId;
    private String fullName;
    private final EmailAddress email;
    private final Instant createdAt;
    private PermissionLevel level;
    private AccountStatus status;
    private String passwordHash;
    private long version;

    private PortalAccount(AccountId id, CompanyId companyId, String fullName, EmailAddress email,
            PermissionLevel level, AccountStatus status, String passwordHash, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.email = Objects.requireNonNull(email, "e-mail");
        this.level = Objects.requireNonNull(level, "level");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("an account needs the person's full name");
        }
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.version = version;
    }

    /** A new account: nobody can log in with it until its person activates it. */
    public static PortalAccount pendingActivation(CompanyId companyId, String fullName, EmailAddress email,
            PermissionLevel level, Instant now) {
        return new PortalAccount(AccountId.newId(), companyId, fullName, email, level,
                AccountStatus.PENDING_ACTIVATION, null, now, 0);
    }

    /**
     * The same person's membership in another company (one login, one password): active at once
     * when the person already chose a password, else pending the activation they still owe.
     */
    public PortalAccount joining(CompanyId company, PermissionLevel newLevel, Instant now) {
        if (companyId.equals(Objects.requireNonNull(company, "company"))) {
            throw new LifeCycleRefusal(LifeCycleRefusal.Reason.ALREADY_A_MEMBER,
                    "the person is a member of this company already");
        }
        return new PortalAccount(id, company, fullName, email, newLevel,
                passwordHash == null ? AccountStatus.PENDING_ACTIVATION : AccountStatus.ACTIVE, passwordHash, now, 0);
    }

    /** Rebuilds an account from storage, as it was saved. */
    public static PortalAccount restore(AccountId id, CompanyId companyId, String fullName, EmailAddress email,
            PermissionLevel level, AccountStatus status, String passwordHash, Instant createdAt, long version) {
        return new PortalAccount(id, companyId, fullName, email, level, status, passwordHash, createdAt, version);
    }

    public boolean mayLogIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    /** The person opened the activation link and chose a password (account life cycle 3). */
    public void activate(String newPasswordHash) {
        if (status != AccountStatus.PENDING_ACTIVATION) {
            throw new LifeCycleRefusal(Reason.NOT_PENDING_ACTIVATION,
                    "only an account pending activation can be activated");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.status = AccountStatus.ACTIVE;
    }

    /** Account life cycle 4: a reset for an active account, the activation link again for a pending one. */
    public ForgottenPassword forgotPassword() {
        return switch (status) {
            case ACTIVE -> ForgottenPassword.RESET_LINK;
            case PENDING_ACTIVATION -> ForgottenPassword.ACTIVATION_LINK_AGAIN;
            case DEACTIVATED -> ForgottenPassword.NOTHING;
        };
    }

    public void changePassword(String newPasswordHash) {
        if (status != AccountStatus.ACTIVE) {
            throw new LifeCycleRefusal(Reason.NOT_ACTIVE, "only an active account has a password to change");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    /**
     * The person chose their password through another membership's activation link: this one,
     * still pending, becomes active with it. A deactivated membership stays deactivated.
     */
    public void activatedElsewhere(String personsPasswordHash) {
        this.passwordHash = Objects.requireNonNull(personsPasswordHash);
        if (status == AccountStatus.PENDING_ACTIVATION) {
            this.status = AccountStatus.ACTIVE;
        }
    }

    /** The person's own new name, checked as {@link PersonName} says. */
    public void rename(String newFullName) {
        this.fullName = PersonName.of(newFullName);
    }

    /**
     * A new level (account life cycle 5 and 6): a member may give it only within what their level
     * may grant, to an account their level may grant, and not take Primary from the company's
     * last active Primary; an agent may do all of it.
     *
     * @param companyStaff every account of the company, this one included, as read
     */
    public void changeLevel(StaffChanger by, PermissionLevel newLevel, Collection<PortalAccount> companyStaff) {
        Objects.requireNonNull(newLevel, "level");
        requireMayChange(by, newLevel);
        requireNotLastPrimary(by, newLevel != PermissionLevel.PRIMARY_OWNER, companyStaff);
        this.level = newLevel;
    }

    /** Deactivation (account life cycle 5 and 6), by the same rules as a level change. */
    public void deactivate(StaffChanger by, Collection<PortalAccount> companyStaff) {
        requireMayChange(by, level);
        requireNotLastPrimary(by, true, companyStaff);
        this.status = AccountStatus.DEACTIVATED;
    }

    private void requireMayChange(StaffChanger by, PermissionLevel newLevel) {
        if (by instanceof StaffChanger.Member member
                && !(CapabilityMatrix.mayGrant(member.level(), level) && CapabilityMatrix.mayGrant(member.level(), newLevel))) {
            throw new LifeCycleRefusal(Reason.LEVEL_NOT_GRANTABLE, "Your level may not change this account that way.");
        }
    }

    private void requireNotLastPrimary(StaffChanger by, boolean stopsBeingPrimary, Collection<PortalAccount> companyStaff) {
        if (!(by instanceof StaffChanger.Agent) && stopsBeingPrimary) {
            requireNotLastActivePrimary(companyStaff);
        }
    }

    /**
     * Erasure (the person's right to be forgotten) takes the account out of the company for good:
     * not even an agent may erase the company's last active Primary.
     */
    public void requireErasable(Collection<PortalAccount> companyStaff) {
        requireNotLastActivePrimary(companyStaff);
    }

    private void requireNotLastActivePrimary(Collection<PortalAccount> companyStaff) {
        if (isActivePrimary() && companyStaff.stream().filter(a -> !a.id.equals(id)).noneMatch(PortalAccount::isActivePrimary)) {
            throw new LifeCycleRefusal(Reason.LAST_PRIMARY,
                    "This is the company's last active Primary; name another first.");
        }
    }

    public boolean isActivePrimary() {
        return isActivePrimary(level, status);
    }

    /** An active account at Primary level: what the last-Primary rule and the warnings count. */
    public static boolean isActivePrimary(PermissionLevel level, AccountStatus status) {
        return status == AccountStatus.ACTIVE && level == PermissionLevel.PRIMARY_OWNER;
    }

    /**
     * The account as the caller read it, at {@code readVersion}: saving it is refused as stale
     * when the stored account moved on since.
     */
    public PortalAccount readAt(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public AccountId id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String fullName() {
        return fullName;
    }

    public EmailAddress email() {
        return email;
    }

    public PermissionLevel level() {
        return level;
    }

    public AccountStatus status() {
        return status;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
