package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AudienceGroupsTest {

    private final AudienceGroups groups = new AudienceGroups("cat1",
            Map.of(Mailing.TRAINING_NEWSLETTER, "int-news", Mailing.UPDATE_NOTICES, "int-updates"));

    @Test
    void namesTheInterestOfEachMailingAndBack() {
        assertThat(groups.interestId(Mailing.UPDATE_NOTICES)).isEqualTo("int-updates");
        assertThat(groups.mailingOf("int-news")).contains(Mailing.TRAINING_NEWSLETTER);
    }

    @Test
    void anInterestThePortalDoesNotOwnIsNoMailing() {
        assertThat(groups.mailingOf("someone-elses")).isEmpty();
    }

    @Test
    void needsAnInterestForEveryMailing() {
        assertThatThrownBy(() -> new AudienceGroups("cat1", Map.of(Mailing.TRAINING_NEWSLETTER, "int-news")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
