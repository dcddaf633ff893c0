package org.memberportal.rest.paging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/** Page cursors are opaque to clients: the key to continue after, base64url-encoded. */
public final class Cursor {

    /**
     * What a page key the portal gives out looks like (a time-ordered id, a job's execution id):
     * a forged cursor reaches no query, where a NUL byte or a stray character could fail it.
     */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

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
            String key = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor.strip()))).toString();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a page key");
            }
            return new PageRequest(key, size);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the cursor is not one this portal gave out");
        }
    }
}
