package org.memberportal.application.account;

import java.util.Optional;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;

/** The portal accounts of every company. */
public interface Accounts {

    Optional<PortalAccount> find(AccountId id);

    Optional<PortalAccount> findByEmail(EmailAddress email);

    void add(PortalAccount account);
}
