package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.identity.Caller;

/** What the e-mailed links share: the one answer to a token that opens nothing, whatever the reason. */
final class EmailedLinks {

    private EmailedLinks() {
    }

    /** The account behind a live link of this purpose, in the status the link is for; the link is used up. */
    static PortalAccount redeem(AccountTokens tokens, Accounts accounts, String token, AccountTokens.Purpose purpose,
            AccountStatus expected, Instant now) {
        AccountId id = tokens.redeem(SecretToken.hashOf(token), purpose, now).orElseThrow(EmailedLinks::linkGone);
        return accounts.find(id).filter(a -> a.status() == expected).orElseThrow(EmailedLinks::linkGone);
    }

    /** Who followed a link acts as the account's holder. */
    static Caller follower(PortalAccount account) {
        return new Caller.Member(account.id(), account.companyId(), account.level());
    }

    static Refusal linkGone() {
        return new Refusal(Refusal.Kind.GONE, ProblemCode.LINK_GONE, "This link is unknown, used or expired.");
    }
}
