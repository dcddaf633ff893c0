package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.Mailing;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.MergeFields;
import org.memberportal.application.audience.RemoteMember;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.api.Member;
import org.memberportal.mailchimp.api.MemberBody;

class MemberMappingTest {

    private static final AudienceGroups GROUPS = new AudienceGroups("cat",
            Map.of(Mailing.TRAINING_NEWSLETTER, "news", Mailing.UPDATE_NOTICES, "updates"));

    private final MemberState jane = new MemberState(EmailAddress.of("Jane@Example.com"), AudienceStatus.PENDING,
            new MergeFields("Jane", "Doe", "Acme", null, "|cad|"), Set.of(Mailing.UPDATE_NOTICES));

    @Test
    void writesTheStatusTheFiveMergeFieldsAndBothInterests() {
        MemberBody body = MemberMapping.forBatch(GROUPS, jane);

        assertThat(body.emailAddress()).isEqualTo("Jane@Example.com");
        assertThat(body.status()).isEqualTo("pending");
        assertThat(body.statusIfNew()).isNull();
        assertThat(body.mergeFields()).containsExactly(Map.entry("FNAME", "Jane"), Map.entry("LNAME", "Doe"),
                Map.entry("COMPANY", "Acme"), Map.entry("LEVEL", ""), Map.entry("PRODUCTS", "|cad|"));
        assertThat(body.interests()).containsOnly(Map.entry("news", false), Map.entry("updates", true));
    }

    @Test
    void readsAMemberIgnoringInterestsThePortalDoesNotOwnAndFieldsThatAreNoText() {
        Member member = new Member("hash", "jane@example.com", "cleaned",
                Map.of("FNAME", "Jane", "LEVEL", "Gold", "ADDRESS", Map.of("addr1", "Main St"), "COMPANY", 7),
                Map.of("news", true, "updates", false, "someone-elses", true), "2026-03-01T10:15:30+00:00");

        RemoteMember remote = MemberMapping.toRemote(GROUPS, member);

        assertThat(remote.status()).isEqualTo(AudienceStatus.CLEANED);
        assertThat(remote.mailings()).containsExactly(Mailing.TRAINING_NEWSLETTER);
        assertThat(remote.mergeFields()).isEqualTo(new MergeFields("Jane", "", "", "Gold"));
        assertThat(remote.lastChanged()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    }
}
