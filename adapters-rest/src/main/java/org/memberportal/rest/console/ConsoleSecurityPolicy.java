package org.memberportal.rest.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin console's Content-Security-Policy, on every file under {@code /admin/}: scripts and
 * styles from the portal's own files only (no inline code, no eval), calls to the portal's own
 * API only, no frames, no plug-ins. The console never writes the API's values as HTML either, so
 * an injected name has neither a way in nor anything to run.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class ConsoleSecurityPolicy extends HttpFilter {

    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // a new deployment's console is picked up at the next load
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
