package org.memberportal.rest;

import jakarta.ws.rs.core.EntityTag;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/** The version an update was read at: the body's {@code version}, or an {@code If-Match} ETag. */
public final class ReadVersion {

    private ReadVersion() {
    }

    public static long of(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "If-Match must be an ETag this portal gave out");
            }
        }
        throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say which version you changed: a version field or If-Match.");
    }

    /** The ETag of a resource at this version, for If-Match on its next update. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
