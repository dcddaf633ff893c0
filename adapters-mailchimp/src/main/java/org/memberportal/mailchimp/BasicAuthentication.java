package org.memberportal.mailchimp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Mailchimp's HTTP Basic authentication: any user name, the API key as the password. */
class BasicAuthentication implements ClientRequestFilter {

    private static final String USER = "portal";

    private final String header;

    BasicAuthentication(ApiKey key) {
        this.header = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + key.secret()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, header);
    }

    @Override
    public String toString() {
        return "BasicAuthentication[hidden]";
    }
}
