package org.memberportal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** Talks to the portal under test over HTTP, as its clients do. */
public final class PortalClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private String companyId;

    public PortalClient(URL deployed) {
        String base = deployed.toString();
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** A client that sends this bearer token with every request. */
    public PortalClient as(String bearerToken) {
        PortalClient other = new PortalClient(toUrl(base));
        other.token = bearerToken;
        return other;
    }

    /** A client of another instance of the portal, sending the same bearer token. */
    public PortalClient at(URL otherBase) {
        PortalClient other = new PortalClient(otherBase);
        other.token = token;
        return other;
    }

    /** A client with the same token that names the company its requests act for ({@code X-Company-Id}). */
    public PortalClient actingFor(String company) {
        PortalClient other = as(token);
        other.companyId = company;
        return other;
    }

    /** Logs in and answers a client carrying the session's token. */
    public PortalClient loggedIn(String email, String password) {
        Reply reply = post("api/v1/sessions", Json.createObjectBuilder().add("email", email).add("password", password)
                .build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("login of " + email + " failed: " + reply);
        }
        return as(reply.json().getString("token"));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    public Reply patch(String path, JsonObject json) {
        return send("PATCH", path, "application/json", json.toString());
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, with this client's token: headers as given, no body when {@code body} is null. */
    public Reply send(String method, String path, java.util.Map<String, String> headers, String contentType,
            String body) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (companyId != null) {
            builder.header("X-Company-Id", companyId);
        }
        return builder;
    }

    /** Where {@code path} is on the portal under test. */
    public URI resolve(String path) {
        return base.resolve(path);
    }

    /** Sends a request built by hand (for what the methods above cannot say), without the token. */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
