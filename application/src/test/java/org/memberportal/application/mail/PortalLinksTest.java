package org.memberportal.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.company.CompanyId;

class PortalLinksTest {

    @Test
    void aPageOfTheMemberPortalActsForTheCompanyTheEmailIsAbout() {
        PortalLinks links = new PortalLinks(URI.create("https://portal.example/support"));

        assertThat(links.page("tickets/t-1", new CompanyId("c-7")))
                .isEqualTo("https://portal.example/support/#/tickets/t-1?company=c-7");
    }
}
