package org.memberportal.rest.page;

/**
 * How long a browser may keep each file of the pages. A file whose name carries its version
 * (a library under {@code /lib/} named with its release) never changes: a year, without asking
 * again. Every other file is asked again with its validators at each use (a 304 costs no bytes),
 * so a new deployment's pages are picked up at the next load.
 */
final class StaticFiles {

    static final String REVALIDATE = "no-cache";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private StaticFiles() {
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static String cacheControl(String path) {
        return path.startsWith("/lib/") ? IMMUTABLE : REVALIDATE;
    }
}
