package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://downloads.vendor.example/suite-5.2.zip", "http://vendor.example",
            "HTTPS://Vendor.example/a?b=c#d"})
    void httpAndHttpsUrlsAreLinks(String url) {
        assertThat(new WebLink(url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://vendor.example/x",
            "/relative/path", "https://", "https://vendor.example/a b", "https://vendor.example@evil.example/",
            "https://vendor.example/a\nb", ""})
    void anythingElseIsRefused(String url) {
        assertThatThrownBy(() -> new WebLink(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
