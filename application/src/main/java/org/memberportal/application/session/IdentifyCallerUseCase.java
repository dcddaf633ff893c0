package org.memberportal.application.session;

import java.util.Objects;
import java.util.Optional;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

public interface IdentifyCallerUseCase {

    /**
     * The caller a bearer token stands for, acting for the company named (the request's path, or
     * its {@code X-Company-Id}), else for the person's only active membership: empty when the token
     * is unknown, expired, revoked, or its person can no longer log in.
     */
    Optional<Identified> identify(String token, Optional<CompanyId> companyNamed);

    /** The caller a bearer token stands for where no company is named: empty when none can act. */
    default Optional<Caller> identify(String token) {
        return identify(token, Optional.empty()).flatMap(Identified::caller);
    }

    /**
     * A recognised token: the caller, or, for a person whose request does not tell which company
     * it acts for (or names one they are not a member of), the person and that refusal.
     */
    record Identified(Optional<Caller> caller, Optional<AccountId> person, Optional<Refusal> unresolved) {
        public Identified {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(person);
            Objects.requireNonNull(unresolved);
        }

        static Identified as(Caller caller, AccountId person) {
            return new Identified(Optional.of(caller), Optional.ofNullable(person), Optional.empty());
        }

        static Identified unresolved(AccountId person, Refusal refusal) {
            return new Identified(Optional.empty(), Optional.of(person), Optional.of(refusal));
        }
    }
}
