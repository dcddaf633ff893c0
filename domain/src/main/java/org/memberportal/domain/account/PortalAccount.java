package org.memberportal.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.CompanyId;

/**
 * One person's membership in a company: their level and where they are in the account life
 * cycle (pending activation, active, deactivated).
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
    private final long version;

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

    /** Rebuilds an account from storage, as it was saved. */
    public static PortalAccount restore(AccountId id, CompanyId companyId, String fullName, EmailAddress email,
            PermissionLevel level, AccountStatus status, String passwordHash, Instant createdAt, long version) {
        return new PortalAccount(id, companyId, fullName, email, level, status, passwordHash, createdAt, version);
    }

    public boolean mayLogIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public void activate(String newPasswordHash) {
        if (status != AccountStatus.PENDING_ACTIVATION) {
            throw new IllegalStateException("only an account pending activation can be activated");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.status = AccountStatus.ACTIVE;
    }

    public void changePassword(String newPasswordHash) {
        if (status != AccountStatus.ACTIVE) {
            throw new IllegalStateException("only an active account has a password to change");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    /** The person's own new name, checked as {@link PersonName} says. */
    public void rename(String newFullName) {
        this.fullName = PersonName.of(newFullName);
    }

    public void changeLevel(PermissionLevel newLevel) {
        this.level = Objects.requireNonNull(newLevel);
    }

    public void deactivate() {
        this.status = AccountStatus.DEACTIVATED;
    }

    public boolean isActivePrimary() {
        return status == AccountStatus.ACTIVE && level == PermissionLevel.PRIMARY_OWNER;
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
