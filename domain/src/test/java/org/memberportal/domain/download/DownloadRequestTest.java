package org.memberportal.domain.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

class DownloadRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final CompanyId ACME = CompanyId.newId();
    private final Caller.Member asker = new Caller.Member(AccountId.newId(), ACME, PermissionLevel.IT_TECH_SUPPORT);
    private final DownloadRequest request = DownloadRequest.ask(asker, "Suite", NOW);

    @ParameterizedTest(name = "{0}, {1}: sees the granted link {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # who              | relation      | sees
            IT_TECH_SUPPORT    | the asker     | true
            IT_TECH_SUPPORT    | a colleague   | false
            MANAGER_SUPERVISOR | a colleague   | false
            SALES_DESIGNER     | a colleague   | false
            PRIMARY_OWNER      | a colleague   | true
            PRIMARY_OWNER      | other company | false
            AGENT              | -             | true
            """)
    void whoSeesAGrantedLink(String who, String relation, boolean sees) {
        request.grant(new WebLink("https://downloads.vendor.example/suite.zip"), NOW);
        Caller caller = switch (relation) {
            case "the asker" -> asker;
            case "a colleague" -> new Caller.Member(AccountId.newId(), ACME, PermissionLevel.valueOf(who));
            case "other company" -> new Caller.Member(AccountId.newId(), CompanyId.newId(), PermissionLevel.valueOf(who));
            default -> new Caller.Agent(AgentId.newId());
        };

        assertThat(request.isVisibleTo(caller)).isEqualTo(sees);
    }

    @Test
    void anAskerWhoLostTheCapabilityNoLongerSeesTheLink() {
        request.grant(new WebLink("https://downloads.vendor.example/suite.zip"), NOW);

        assertThat(request.isVisibleTo(new Caller.Member(asker.accountId(), ACME, PermissionLevel.BASIC))).isFalse();
    }

    @Test
    void aRequestIsGrantedOnceAndShowsNothingBefore() {
        Caller primary = new Caller.Member(AccountId.newId(), ACME, PermissionLevel.PRIMARY_OWNER);
        assertThat(request.isVisibleTo(primary)).isFalse();

        request.grant(new WebLink("https://downloads.vendor.example/suite.zip"), NOW);

        assertThatThrownBy(() -> request.grant(new WebLink("https://vendor.example/other"), NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
