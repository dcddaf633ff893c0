package org.memberportal.rest.page;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' Content-Security-Policy, on every file outside the API (the member portal at the root,
 * the console under {@code /admin/}): scripts and styles from the portal's own files only (no inline
 * code, no eval), images from the portal or a {@code data:} URI (the second factor's QR code, which
 * the portal draws itself), calls to the portal's own API only, no frames, no plug-ins. The pages
 * never write the API's values as HTML either, so an injected name has neither a way in nor
 * anything to run. The API's answers keep their own, stricter policy. A versioned name of a file
 * ({@link StaticFiles}) is served as the file it stands for.
 */
@WebFilter(filterName = "PageSecurityPolicy", urlPatterns = "/*")
public class PageSecurityPolicy extends HttpFilter {

    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final long serialVersionUID = 1L;

    private transient StaticFiles files;

    @Override
    public void init() {
        files = StaticFiles.of(getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (StaticFiles.isApi(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", files.cacheControl(path));
        Optional<String> file = StaticFiles.unversioned(path);
        if (file.isPresent()) {
            request.getRequestDispatcher(file.get()).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
