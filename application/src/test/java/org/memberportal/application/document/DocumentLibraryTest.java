package org.memberportal.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.domain.access.PermissionLevel.*;

import org.junit.jupiter.api.Test;
import org.memberportal.application.document.CurateDocumentsUseCase.NewDocument;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryDocuments;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.document.Document;

class DocumentLibraryTest {

    private final ServicesWorld world = new ServicesWorld();
    private final DocumentLibrary library = new DocumentLibrary(new InMemoryDocuments(), world.audit, world.clock);
    private final NewDocument guide = new NewDocument("Installation guide", "Suite", "5.2",
            "https://docs.vendor.example/suite/5.2/install.pdf");

    @Test
    void agentsPublishAndWithdrawAndEveryMemberReads() {
        Document published = library.publish(world.agent, guide);

        assertThat(library.list(world.member(world.acme, BASIC), PageRequest.first(10)).items())
                .containsExactly(published);
        assertThat(library.list(world.agent, PageRequest.first(10)).items()).hasSize(1);

        library.withdraw(world.agent, published.id());

        assertThat(library.list(world.member(world.globex, PRIMARY_OWNER), PageRequest.first(10)).items()).isEmpty();
        assertThat(world.audit.actions()).containsExactly("DOCUMENT_PUBLISHED", "DOCUMENT_WITHDRAWN");
    }

    @Test
    void membersPublishNothingAndLinksAreChecked() {
        assertThat(Outcomes.status(() -> library.publish(world.member(world.acme, PRIMARY_OWNER), guide)))
                .isEqualTo(403);
        assertThat(Outcomes.status(() -> library.publish(world.agent,
                new NewDocument("Guide", "Suite", "5.2", "file:///etc/passwd")))).isEqualTo(400);
        assertThat(Outcomes.status(() -> library.withdraw(world.agent, "no-such-document"))).isEqualTo(404);
    }
}
