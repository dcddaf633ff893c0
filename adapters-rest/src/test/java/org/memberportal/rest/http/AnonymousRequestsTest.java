package org.memberportal.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousRequestsTest {

    @ParameterizedTest(name = "{0} {1} with Authorization {2}: bounded {3}")
    @CsvSource(nullValues = "-", textBlock = """
            POST,   /api/v1/sessions,                      -,             true
            POST,   /api/v1/password-resets,               -,             true
            POST,   /api/v1/tickets,                       -,             true
            POST,   /api/v1/sessions,                      Bearer junk,   true
            POST,   /api/v1/sessions/,                     Bearer junk,   true
            POST,   /api/v1/sessions;x=1,                  Bearer junk,   true
            POST,   /api/v1/activations,                   Bearer junk,   true
            POST,   /api/v1/password-resets/confirm,       Bearer junk,   true
            POST,   /api/v1/webhooks/mailchimp/secret,     Bearer junk,   true
            POST,   /api/v1/tickets,                       Bearer token,  false
            DELETE, /api/v1/sessions/current,              Bearer token,  false
            GET,    /api/v1/me,                            -,             false
            GET,    /health/ready,                         -,             false
            """)
    void boundsWritesWithoutASessionAndEveryWriteToAPublicOperation(String method, String path, String authorization,
            boolean bounded) {
        assertThat(AnonymousRequests.bounds(method, path, authorization)).isEqualTo(bounded);
    }

    @Test
    void refusesBeyondItsPlacesAndTakesAgainOnceOneIsGivenBack() {
        AnonymousRequests requests = new AnonymousRequests(2);

        assertThat(requests.enter()).isTrue();
        assertThat(requests.enter()).isTrue();
        assertThat(requests.enter()).isFalse();
        requests.leave();
        assertThat(requests.enter()).isTrue();
    }
}
