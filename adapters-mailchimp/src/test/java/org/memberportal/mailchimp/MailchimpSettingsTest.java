package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.Mailing;

class MailchimpSettingsTest {

    @Test
    void theDataCentreIsTheKeysSuffixAfterItsLastDash() {
        MailchimpSettings settings = settings(Map.of("mailchimp.api.key", "0123abcd-ef45-us6"));

        assertThat(settings.apiBase()).isEqualTo(URI.create("https://us6.api.mailchimp.com/3.0"));
    }

    @Test
    void theBaseUrlOverridesTheDataCentre() {
        MailchimpSettings settings = settings(
                Map.of("mailchimp.api.key", "0123abcd-us6", "mailchimp.base.url", "http://127.0.0.1:9999/3.0/"));

        assertThat(settings.apiBase()).isEqualTo(URI.create("http://127.0.0.1:9999/3.0"));
    }

    @Test
    void aKeyWithoutAWellFormedDataCentreNeedsTheOverride() {
        assertThatThrownBy(() -> settings(Map.of("mailchimp.api.key", "0123abcd")).apiBase())
                .isInstanceOf(IllegalStateException.class);
        // the suffix becomes part of a host name: it cannot smuggle in another host
        assertThatThrownBy(() -> settings(Map.of("mailchimp.api.key", "0123-evil.example/x")).apiBase())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyMailchimpIsNotConfigured() {
        assertThat(settings(Map.of()).isConfigured()).isFalse();
        assertThat(settings(Map.of("mailchimp.api.key", "  ", "mailchimp.list.id", "L1")).isConfigured()).isFalse();
        assertThat(settings(Map.of("mailchimp.api.key", "k-us6")).isConfigured()).isTrue();
    }

    @Test
    void aConfiguredKeyWithoutAListIdIsAMisconfiguration() {
        assertThatThrownBy(() -> settings(Map.of("mailchimp.api.key", "k-us6")).requiredListId())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGroupNamesHaveDefaultsAndCanBeRenamed() {
        assertThat(settings(Map.of()).groupNames()).isEqualTo(
                new GroupNames("Portal mailings", "Training newsletter", "Update notices"));

        GroupNames renamed = settings(Map.of("mailchimp.interest-category.name", "Mailings",
                "mailchimp.interest.update-notices.name", "Notices")).groupNames();
        assertThat(renamed.category()).isEqualTo("Mailings");
        assertThat(renamed.interest(Mailing.UPDATE_NOTICES)).isEqualTo("Notices");
        assertThat(renamed.interest(Mailing.TRAINING_NEWSLETTER)).isEqualTo("Training newsletter");
    }

    @Test
    void theKeyNeverShowsInText() {
        MailchimpSettings settings = settings(Map.of("mailchimp.api.key", "s3cr3tvalue-us6", "mailchimp.list.id", "L1"));

        assertThat(settings.toString()).doesNotContain("s3cr3tvalue").contains("us6");
        assertThat(new BasicAuthentication(settings.requiredApiKey()).toString()).doesNotContain("s3cr3tvalue");
    }

    private static MailchimpSettings settings(Map<String, String> values) {
        return MailchimpSettings.from(name -> Optional.ofNullable(values.get(name)));
    }
}
