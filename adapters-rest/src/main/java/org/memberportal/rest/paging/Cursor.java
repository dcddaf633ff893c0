package org.memberportal.rest.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/** Page cursors are opaque to clients: the key to continue after, base64url-encoded. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String key) {
        return key == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static PageRequest page(String cursor, Integer limit) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return PageRequest.first(size);
        }
        try {
            return new PageRequest(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), size);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the cursor is not one this portal gave out");
        }
    }
}
