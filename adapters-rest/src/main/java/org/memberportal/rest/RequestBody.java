package org.memberportal.rest;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/**
 * A JSON request body. Bodies are classes with constrained public fields rather than records,
 * and no constraint sits on a resource method's parameter: Payara 6's OpenAPI generator fails on
 * Bean Validation annotations of any parameter but a path parameter, and a record's component
 * annotations become constructor parameters. So a missing body is checked here instead.
 */
public interface RequestBody {

    static <T extends RequestBody> T require(T body) {
        if (body == null) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "This request needs a JSON body.");
        }
        return body;
    }
}
