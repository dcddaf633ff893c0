package org.memberportal.rest.http;

import java.util.regex.Pattern;

/** The one kind of request whose body may be larger than the general limit: a file for a ticket. */
final class Uploads {

    /**
     * What a multipart body adds to its file (boundaries, a part's headers with a file name of up
     * to a few hundred characters): a body larger than the file limit and this is refused unread.
     */
    static final long MULTIPART_OVERHEAD = 16 * 1024;

    private static final Pattern PATH = Pattern.compile("/api/v1/tickets/[^/]+/attachments/?");

    private Uploads() {
    }

    static boolean isUpload(String method, String path) {
        return "POST".equals(method) && PATH.matcher(path).matches();
    }
}
