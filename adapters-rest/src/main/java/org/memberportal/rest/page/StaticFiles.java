package org.memberportal.rest.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.servlet.ServletContext;

/**
 * The pages' files and how long a browser may keep each. The pages name their scripts and styles
 * under this build's prefix ({@code /v/<build time>/...}, written into them by the build): such a
 * name never changes content, so a browser keeps it a year without asking again, and a new build is
 * a new name. Everything else (the pages themselves, a name of another build) is asked again with
 * its validators at each use, where a 304 costs no body.
 */
final class StaticFiles {

    static final String REVALIDATE = "no-cache";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String VERSIONED = "/v/";
    private static final List<String> PAGE_FOLDERS = List.of("/common/", "/portal/", "/admin/");

    private final String prefix;

    StaticFiles(String prefix) {
        this.prefix = prefix;
    }

    /** This build's prefix, from the file the build wrote; none when the WAR was not built by Maven. */
    static StaticFiles of(ServletContext context) {
        Properties assets = new Properties();
        try (InputStream in = context.getResourceAsStream("/WEB-INF/assets.properties")) {
            if (in != null) {
                assets.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = assets.getProperty("prefix", "");
        return new StaticFiles(prefix.startsWith(VERSIONED) && !prefix.contains("${") ? prefix : null);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    String cacheControl(String path) {
        return prefix != null && path.startsWith(prefix) ? IMMUTABLE : REVALIDATE;
    }

    /**
     * The file a versioned name stands for ({@code /v/<any build>/portal/js/app.js} is
     * {@code /portal/js/app.js}), within the pages' own folders only: a forward reaches WEB-INF,
     * which no name may.
     */
    static Optional<String> unversioned(String path) {
        if (!path.startsWith(VERSIONED)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', VERSIONED.length());
        String file = end < 0 ? "" : path.substring(end);
        return PAGE_FOLDERS.stream().anyMatch(file::startsWith) && !file.contains("..") && !file.contains("//")
                ? Optional.of(file) : Optional.empty();
    }
}
