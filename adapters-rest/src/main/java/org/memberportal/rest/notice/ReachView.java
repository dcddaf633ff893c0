package org.memberportal.rest.notice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.notice.Reach;

/** How many people a notice reaches, in how many companies, and the licensed companies it reaches nobody in. */
@Schema(name = "UpdateNoticeReach")
public record ReachView(long recipients, int companiesReached, List<NotReached> companiesNotReached) {

    @Schema(name = "CompanyNotReached", description = "reason: nobody active, or nobody subscribed")
    public record NotReached(String companyId, String companyName, String reason) {
    }

    static ReachView of(Reach reach) {
        return new ReachView(reach.recipients(), reach.companiesReached(), reach.companiesNotReached().stream()
                .map(c -> new NotReached(c.companyId().value(), c.companyName(), c.reason())).toList());
    }
}
