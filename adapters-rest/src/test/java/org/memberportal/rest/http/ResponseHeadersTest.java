package org.memberportal.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    private final ResponseHeaders https = new ResponseHeaders(URI.create("https://portal.example"));
    private final ResponseHeaders plain = new ResponseHeaders(URI.create("http://localhost:8080"));

    @Test
    void apiAnswersAreNeverCachedNorSniffed() {
        Map<String, String> headers = https.forRequest("/api/v1/me", false);

        assertThat(headers).containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Strict-Transport-Security", ResponseHeaders.HSTS)
                .containsKey("Content-Security-Policy");
    }

    @Test
    void htstOnlyWhenThePortalIsServedOverHttps() {
        assertThat(plain.forRequest("/api/v1/me", true)).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void otherPagesAreCachedUnlessTheRequestCarriesCredentials() {
        assertThat(https.forRequest("/admin/index.html", false)).containsOnlyKeys("X-Content-Type-Options",
                "Strict-Transport-Security");
        assertThat(https.forRequest("/admin/index.html", true)).containsEntry("Cache-Control", "no-store");
        assertThat(https.forRequest("/apix", false)).doesNotContainKey("Cache-Control");
    }
}
