package org.memberportal.application.notice;

import java.util.List;

import org.memberportal.domain.company.CompanyId;

/**
 * How far a notice will go, from the portal's own preferences and address standings: how many
 * valid recipients it reaches, in how many companies, and which companies licensed for the
 * product it reaches nobody in, and why.
 */
public record Reach(long recipients, int companiesReached, List<CompanyNotReached> companiesNotReached) {

    public Reach {
        companiesNotReached = List.copyOf(companiesNotReached);
    }

    public record CompanyNotReached(CompanyId companyId, String companyName, String reason) {
    }

    /** Why nobody in a company would get it: nobody can (no active account), or nobody wants to. */
    public static final String NOBODY_ACTIVE = "nobody active";
    public static final String NOBODY_SUBSCRIBED = "nobody subscribed";
}
