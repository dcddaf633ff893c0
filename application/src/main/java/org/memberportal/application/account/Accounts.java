package org.memberportal.application.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

/**
 * The portal accounts of every company. An account is one person's membership in one company;
 * a person with memberships in several companies has one id, one address and one password in
 * all of them.
 */
public interface Accounts {

    /** The membership that stands for the person ({@code Memberships.principal}). */
    Optional<PortalAccount> find(AccountId id);

    /** The person's membership in this company. */
    Optional<PortalAccount> find(AccountId id, CompanyId company);

    /** Every membership of the person, in any status. */
    List<PortalAccount> membershipsOf(AccountId id);

    /** The membership that stands for the person with this address ({@code Memberships.principal}). */
    Optional<PortalAccount> findByEmail(EmailAddress email);

    /**
     * Stores a new membership and answers it as stored, with the version its updates must name;
     * for a person known already (their id), only the membership is new.
     */
    PortalAccount add(PortalAccount account);

    /**
     * Saves a changed account and answers it as saved (with its new version); refuses with a {@code stale-version} conflict when someone else
     * changed it since it was read.
     */
    PortalAccount update(PortalAccount account);

    /** Every account of the company: what the warnings and the last-Primary rule look at. */
    List<PortalAccount> allOf(CompanyId company);

    /**
     * Every account of each of these companies, by company (a company without accounts is left out):
     * one read for many companies where a use case needs the staff of several.
     */
    default Map<CompanyId, List<PortalAccount>> allOf(Collection<CompanyId> companies) {
        Map<CompanyId, List<PortalAccount>> staff = new LinkedHashMap<>();
        for (CompanyId company : companies) {
            List<PortalAccount> accounts = allOf(company);
            if (!accounts.isEmpty()) {
                staff.put(company, accounts);
            }
        }
        return staff;
    }

    /** The company's accounts in the order they were created, a page at a time. */
    Page<PortalAccount> pageOf(CompanyId company, PageRequest page);
}
