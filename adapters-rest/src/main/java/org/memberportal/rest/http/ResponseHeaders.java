package org.memberportal.rest.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers every answer gets, whatever produced it: no content sniffing; HSTS when the portal's
 * public address is https (a browser then never tries it in clear again); and for the API, or any
 * request carrying credentials, no caching and no rendering as a page.
 */
public final class ResponseHeaders {

    /** One year, the subdomains too: what browsers' preload lists ask for. */
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final boolean https;

    public ResponseHeaders(URI publicUrl) {
        this.https = publicUrl != null && "https".equals(String.valueOf(publicUrl.getScheme()).toLowerCase(Locale.ROOT));
    }

    /**
     * The headers for an answer to {@code path} (within the application); {@code withCredentials}
     * when the request carries an Authorization header.
     */
    public Map<String, String> forRequest(String path, boolean withCredentials) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        boolean api = path != null && (path.equals("/api") || path.startsWith("/api/"));
        if (api || withCredentials) {
            headers.put("Cache-Control", "no-store");
            headers.put("Pragma", "no-cache");
        }
        if (api) {
            headers.put("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
            headers.put("X-Frame-Options", "DENY");
            headers.put("Referrer-Policy", "no-referrer");
        }
        return headers;
    }
}
