package org.memberportal.application.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryDownloadRequests;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.download.DownloadRequest;

class DownloadDeskTest {

    private static final String URL = "https://downloads.vendor.example/suite-5.2.zip";
    private final ServicesWorld world = new ServicesWorld();
    private final DownloadDesk desk = new DownloadDesk(new InMemoryDownloadRequests(), world.companies,
            world.accounts, world.notices, world.audit, world.clock);

    @ParameterizedTest(name = "{0}: asks {1}, lists {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | 403 | 403
            SALES_DESIGNER     | 403 | 403
            IT_TECH_SUPPORT    | 200 | 200
            MANAGER_SUPERVISOR | 200 | 200
            PRIMARY_OWNER      | 403 | 200
            """)
    void whoAsksAndWhoLists(PermissionLevel level, int asks, int lists) {
        Caller.Member member = world.member(world.acme, level);

        assertThat(Outcomes.status(() -> desk.request(member, world.acme.id(), "Suite"))).isEqualTo(asks);
        assertThat(Outcomes.status(() -> desk.visible(member, world.acme.id(), PageRequest.first(10))))
                .isEqualTo(lists);
        assertThat(Outcomes.status(() -> desk.visible(member, world.globex.id(), PageRequest.first(10))))
                .isEqualTo(404);
    }

    @Test
    void aGrantedLinkShowsForItsAskerAndThePrimaryOnly() {
        Caller.Member asker = world.member(world.acme, IT_TECH_SUPPORT);
        Caller.Member colleague = world.member(world.acme, MANAGER_SUPERVISOR);
        Caller.Member primary = world.member(world.acme, PRIMARY_OWNER);
        DownloadRequest request = desk.request(asker, world.acme.id(), "Suite");
        assertThat(desk.visible(asker, world.acme.id(), PageRequest.first(10)).items()).isEmpty();

        DownloadRequest granted = desk.grant(world.agent, request.id(), URL);

        assertThat(granted.link().value()).isEqualTo(URL);
        assertThat(desk.visible(asker, world.acme.id(), PageRequest.first(10)).items()).extracting(DownloadRequest::id)
                .containsExactly(request.id());
        assertThat(desk.visible(primary, world.acme.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(desk.visible(colleague, world.acme.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(desk.visible(world.agent, world.acme.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(world.emails()).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo("DOWNLOAD_GRANTED");
            assertThat(email.textBody()).contains(URL);
        });
    }

    @Test
    void onlyHttpLinksAreGrantedAndOnlyOnce() {
        DownloadRequest request = desk.request(world.member(world.acme, IT_TECH_SUPPORT), world.acme.id(), "Suite");

        assertThat(catchThrowableOfType(Refusal.class, () -> desk.grant(world.agent, request.id(),
                "javascript:alert(1)")).kind()).isEqualTo(Refusal.Kind.INVALID);
        desk.grant(world.agent, request.id(), URL);
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.grant(world.agent, request.id(), URL)).code())
                .isEqualTo("already-granted");
        assertThat(Outcomes.status(() -> desk.grant(world.member(world.acme, PRIMARY_OWNER), request.id(), URL)))
                .isEqualTo(403);
        assertThat(desk.all(world.agent, null, DownloadRequest.Status.GRANTED, PageRequest.first(10)).items())
                .hasSize(1);
    }

    @Test
    void aProductAskedForOrGrantedAlreadyIsNotAskedForAgain() {
        Caller.Member asker = world.member(world.acme, IT_TECH_SUPPORT);
        Caller.Member colleague = world.member(world.acme, MANAGER_SUPERVISOR);
        DownloadRequest first = desk.request(asker, world.acme.id(), "Suite");

        assertThat(catchThrowableOfType(Refusal.class, () -> desk.request(asker, world.acme.id(), " suite "))
                .code()).isEqualTo("already-requested");
        desk.grant(world.agent, first.id(), URL);
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.request(asker, world.acme.id(), "Suite"))
                .code()).isEqualTo("already-requested");
        assertThat(desk.request(colleague, world.acme.id(), "Suite").status())
                .isEqualTo(DownloadRequest.Status.REQUESTED);
        assertThat(desk.mine(asker, PageRequest.first(10)).items()).singleElement()
                .satisfies(own -> assertThat(own.status()).isEqualTo(DownloadRequest.Status.GRANTED));
    }

    @Test
    void anAgentPublishesALinkToOneAccountOrToTheCompanyWithoutARequest() {
        Caller.Member tech = world.member(world.acme, IT_TECH_SUPPORT);
        Caller.Member manager = world.member(world.acme, MANAGER_SUPERVISOR);
        Caller.Member basic = world.member(world.acme, BASIC);
        DownloadRequest waiting = desk.request(manager, world.acme.id(), "Viewer");

        DownloadRequest toTech = desk.publish(world.agent, world.acme.id(), "Suite", URL, tech.accountId());
        DownloadRequest toCompany = desk.publish(world.agent, world.acme.id(), "Viewer", URL, null);

        assertThat(toTech.status()).isEqualTo(DownloadRequest.Status.GRANTED);
        assertThat(toTech.publishedBy()).isEqualTo(world.agent.agentId());
        assertThat(toCompany.isForCompany()).isTrue();
        assertThat(desk.visible(tech, world.acme.id(), PageRequest.first(10)).items()).extracting(DownloadRequest::id)
                .containsExactlyInAnyOrder(toTech.id(), toCompany.id());
        assertThat(desk.mine(manager, PageRequest.first(10)).items()).singleElement()
                .satisfies(own -> assertThat(own.id()).isEqualTo(waiting.id()))
                .satisfies(own -> assertThat(own.status()).isEqualTo(DownloadRequest.Status.GRANTED));
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.request(tech, world.acme.id(), "Viewer")).code())
                .isEqualTo("already-requested");
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.publish(world.agent, world.acme.id(), "Suite", URL,
                basic.accountId())).code()).isEqualTo("not-eligible");
        assertThat(Outcomes.status(() -> desk.publish(world.agent, world.globex.id(), "Suite", URL,
                tech.accountId()))).isEqualTo(404);
        assertThat(Outcomes.status(() -> desk.publish(tech, world.acme.id(), "Suite", URL, null))).isEqualTo(403);
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.publish(world.agent, world.acme.id(), "viewer",
                URL, null)).code()).isEqualTo("already-granted");
        assertThat(world.emails()).extracting(e -> e.kind())
                .contains("DOWNLOAD_PUBLISHED", "DOWNLOAD_GRANTED");
    }
}
