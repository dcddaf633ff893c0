package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class MailchimpTimeTest {

    @Test
    void writesMailchimpsFormatRoundedDownToTheSecond() {
        assertThat(MailchimpTime.format(Instant.parse("2015-10-21T15:41:36.999Z"))).isEqualTo("2015-10-21T15:41:36+00:00");
    }

    @Test
    void asksForChangesAfterTheSecondBeforeSinceMailchimpListsThoseStrictlyAfter() {
        assertThat(MailchimpTime.changedAtOrAfter(Instant.parse("2015-10-21T15:41:36.400Z")))
                .isEqualTo("2015-10-21T15:41:35+00:00");
    }

    @Test
    void readsAnyOffset() {
        assertThat(MailchimpTime.parse("2015-10-21T17:41:36+02:00")).isEqualTo(Instant.parse("2015-10-21T15:41:36Z"));
        assertThat(MailchimpTime.parse("")).isNull();
    }
}
