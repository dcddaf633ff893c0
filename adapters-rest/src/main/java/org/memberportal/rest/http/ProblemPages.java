package org.memberportal.rest.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.memberportal.rest.problem.Problems;

/**
 * Problem+json where the servlet container would write an HTML error page (an unknown path outside
 * the API, a method the static files do not answer): the container's pages name the server and its
 * version, and clients of the API read problems. The servlet API answers 501 to a method a servlet
 * has no handler for (a PATCH to a static file, or to a path that normalizes outside the API): the
 * portal does implement the method, that path does not answer it, so it is a 405.
 */
final class ProblemPages extends HttpServletResponseWrapper {

    ProblemPages(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String ignoredMessage) throws IOException {
        // the container's message may quote the request or name its own classes: only the status goes out
        int answered = status == SC_NOT_IMPLEMENTED ? SC_METHOD_NOT_ALLOWED : status;
        write((HttpServletResponse) getResponse(), answered, detailOf(answered));
    }

    /** Writes a problem as the whole answer, unless the answer has begun already. */
    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", titleOf(status))
                .add("status", status)
                .add("detail", detail)
                .build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Log in first: this needs a bearer token.";
            case 403 -> "This is not permitted.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not answer that method.";
            case 413 -> "The request body is too large.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be handled.";
        };
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error " + status;
        };
    }
}
