package org.memberportal.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static final ProductionSettings SAFE = new ProductionSettings(URI.create("https://portal.example"),
            Optional.of("smtp.example"), Optional.of("a-key"), Optional.of("none"), 210_000);

    @Test
    void aPortalWithEverySettingMayStart() {
        assertThat(SAFE.refusals()).isEmpty();
    }

    @Test
    void eachMissingSettingIsOneLineNamingItsVariable() {
        assertThat(new ProductionSettings(URI.create("http://portal.example"), SAFE.smtpHost(), SAFE.outboxKey(),
                SAFE.trustedProxies(), SAFE.passwordIterations()).refusals()).singleElement().asString().startsWith("PORTAL_PUBLIC_URL");
        assertThat(new ProductionSettings(SAFE.publicUrl(), Optional.empty(), SAFE.outboxKey(),
                SAFE.trustedProxies(), SAFE.passwordIterations()).refusals()).singleElement().asString().startsWith("PORTAL_SMTP_HOST");
        assertThat(new ProductionSettings(SAFE.publicUrl(), SAFE.smtpHost(), Optional.empty(),
                SAFE.trustedProxies(), SAFE.passwordIterations()).refusals()).singleElement().asString().startsWith("PORTAL_OUTBOX_KEY");
        assertThat(new ProductionSettings(SAFE.publicUrl(), SAFE.smtpHost(), SAFE.outboxKey(),
                Optional.empty(), SAFE.passwordIterations()).refusals()).singleElement().asString()
                .startsWith("PORTAL_TRUSTED_PROXIES");
        assertThat(new ProductionSettings(SAFE.publicUrl(), SAFE.smtpHost(), SAFE.outboxKey(),
                SAFE.trustedProxies(), 209_999).refusals()).singleElement().asString()
                .startsWith("PORTAL_PASSWORD_ITERATIONS");
    }

    @Test
    void aPortalWithNoneOfThemGetsFiveLines() {
        assertThat(new ProductionSettings(URI.create("http://localhost:8080"), Optional.empty(), Optional.empty(),
                Optional.empty(), 1000).refusals()).hasSize(5);
    }
}
