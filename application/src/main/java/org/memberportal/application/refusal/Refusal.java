package org.memberportal.application.refusal;

import java.util.Objects;

/**
 * A use case declining a request, in the portal's words: what kind of "no" it is and, where the
 * client must tell causes apart, a {@link ProblemCode} (such as {@code last-primary}).
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        /** Not authenticated, or credentials refused. */
        UNAUTHENTICATED,
        /** Authenticated, but the capability is missing. */
        NOT_PERMITTED,
        /** Not there, or not visible to the caller: another company's resource is this. */
        NOT_FOUND,
        /** A rule or another request stands in the way: duplicate, stale version, invariant. */
        CONFLICT,
        /** Was valid once, no longer: a used or expired token. */
        GONE,
        /** The input breaks a rule the caller can fix. */
        INVALID,
        /** Too many attempts; try again later. */
        THROTTLED,
        /** More bytes than the portal takes in one piece: a file over the size limit. */
        TOO_LARGE
    }

    private final Kind kind;
    private final ProblemCode problem;

    public Refusal(Kind kind, ProblemCode problem, String detail) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.problem = problem;
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, null, what + " was not found");
    }

    public static Refusal notPermitted(String detail) {
        return new Refusal(Kind.NOT_PERMITTED, null, detail);
    }

    public static Refusal conflict(ProblemCode problem, String detail) {
        return new Refusal(Kind.CONFLICT, problem, detail);
    }

    public static Refusal invalid(ProblemCode problem, String detail) {
        return new Refusal(Kind.INVALID, problem, detail);
    }

    /** The one answer to a change made from a version that is no longer the stored one. */
    public static Refusal staleVersion() {
        return conflict(ProblemCode.STALE_VERSION, "It was changed meanwhile; read it again.");
    }

    public Kind kind() {
        return kind;
    }

    /** The problem code, or null where the kind says all there is to say. */
    public ProblemCode problem() {
        return problem;
    }

    /** The problem code's wire form, or null. */
    public String code() {
        return problem == null ? null : problem.wire();
    }
}
