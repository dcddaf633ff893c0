package org.memberportal.application.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.forum.PostAuthor;
import org.memberportal.domain.identity.Reader;

/** A reader as the forums show them: by the name {@code ForumName} makes of theirs. */
@ApplicationScoped
public class ForumAuthors {

    private final Accounts accounts;
    private final SupportAgents agents;

    protected ForumAuthors() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public ForumAuthors(Accounts accounts, SupportAgents agents) {
        this.accounts = accounts;
        this.agents = agents;
    }

    PostAuthor of(Reader reader) {
        if (reader instanceof Reader.Person person) {
            return PostAuthor.of(reader, accounts.find(person.accountId()).map(PortalAccount::fullName)
                    .orElseThrow(() -> Refusal.notFound("the account")));
        }
        return PostAuthor.of(reader, agents.find(((Reader.Agent) reader).agentId()).map(SupportAgent::fullName)
                .orElse(""));
    }
}
