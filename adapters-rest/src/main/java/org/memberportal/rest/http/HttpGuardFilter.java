package org.memberportal.rest.http;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards every request to the application before JAX-RS sees it, in this order: the security
 * headers of {@link ResponseHeaders}; CORS by {@link CorsPolicy} (a preflight from an origin not
 * named is refused with 403); a body over {@code portal.http.max-body-bytes} (default 1 MiB) refused
 * with 413 before anything parses it; an anonymous request that may change something refused with
 * 429 while {@code portal.anonymous.requests-at-once} others are served ({@link AnonymousRequests});
 * and the container's HTML error pages replaced by problems ({@link ProblemPages}).
 */
@WebFilter(filterName = "HttpGuard", urlPatterns = "/*", asyncSupported = true)
public class HttpGuardFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(HttpGuardFilter.class.getName());
    /** What a client refused for a busy portal is told to wait. */
    private static final int BUSY_RETRY_AFTER_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "portal.public.url")
    Optional<URI> publicUrl;

    @Inject
    @ConfigProperty(name = "portal.cors.origins")
    Optional<String> corsOrigins;

    @Inject
    @ConfigProperty(name = "portal.http.max-body-bytes")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "portal.anonymous.requests-at-once")
    int anonymousAtOnce;

    @Inject
    @ConfigProperty(name = "portal.ticket.attachments.max-file-bytes")
    long maxAttachmentBytes;

    private ResponseHeaders headers;
    private CorsPolicy cors;
    private AnonymousRequests anonymous;

    @Override
    public void init() {
        headers = new ResponseHeaders(publicUrl.orElse(null));
        cors = CorsPolicy.of(corsOrigins);
        anonymous = new AnonymousRequests(anonymousAtOnce);
        if (!cors.allowedOrigins().isEmpty()) {
            LOG.info(() -> "CORS open to " + cors.allowedOrigins());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        headers.forRequest(path, request.getHeader(HttpHeaders.AUTHORIZATION) != null).forEach(response::setHeader);

        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (origin != null) {
            response.addHeader("Vary", "Origin");
        }
        if (origin != null && cors.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
            if (preflight) {
                response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", String.valueOf(CorsPolicy.MAX_AGE_SECONDS));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        } else if (preflight) {
            ProblemPages.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "Cross-origin requests from this origin are not allowed.");
            return;
        }

        String query = request.getQueryString();
        if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            // no value may hold a NUL: PostgreSQL refuses it in any text, which would surface as a 500
            ProblemPages.write(response, HttpServletResponse.SC_BAD_REQUEST,
                    "A query parameter holds a NUL character (%00), which no value may contain.");
            return;
        }

        long declared = request.getContentLengthLong();
        if (Uploads.isUpload(request.getMethod(), path)) {
            // a file's own limit instead of the general one; its reader counts the bytes as they
            // come, so an upload of unannounced length goes on unbuffered
            if (declared > maxAttachmentBytes + Uploads.MULTIPART_OVERHEAD) {
                response.setHeader("Connection", "close");
                ProblemPages.write(response, 413, "A file may have at most " + maxAttachmentBytes + " bytes.");
                return;
            }
            chain.doFilter(request, new ProblemPages(response));
            return;
        }
        HttpServletRequest bounded = request;
        if (declared > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            Optional<HttpServletRequest> read = BoundedBody.read(request, maxBodyBytes);
            if (read.isEmpty()) {
                tooLarge(request, response);
                return;
            }
            bounded = read.get();
        }
        if (!AnonymousRequests.bounds(request.getMethod(), path, request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(bounded, new ProblemPages(response));
            return;
        }
        if (!anonymous.enter()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_AFTER_SECONDS));
            ProblemPages.write(response, 429, "The portal is busy; try again later.");
            return;
        }
        try {
            chain.doFilter(bounded, new ProblemPages(response));
        } finally {
            anonymous.leave();
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemPages.write(response, 413, "The request body may have at most " + maxBodyBytes + " bytes.");
        LOG.fine(() -> "Refused a body over " + maxBodyBytes + " bytes: " + request.getMethod() + " "
                + request.getRequestURI());
    }
}
