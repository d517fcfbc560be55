package de.amm.casedesk.common.error;

import java.net.URI;

/**
 * The stable problem types of the API (RFC 9457). Clients may switch on {@link #uri()}; titles are for
 * humans and may be reworded.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "The request contains invalid values"),
    MALFORMED_REQUEST("malformed-request", 400, "The request body cannot be read"),
    UNAUTHORIZED("unauthorized", 401, "Authentication is required"),
    FORBIDDEN("forbidden", 403, "This role may not use this operation"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Response format not available"),
    CONFLICT("conflict", 409, "The request conflicts with the current state"),
    CONCURRENT_UPDATE("concurrent-update", 409, "The record was changed by someone else at the same moment"),
    PRECONDITION_FAILED("precondition-failed", 412, "The record was changed by someone else"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "The idempotency key was used for a different request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required"),
    ACCOUNT_DIRECTORY_UNAVAILABLE("account-directory-unavailable", 503, "The account directory is not reachable"),
    INTERNAL_ERROR("internal-error", 500, "Internal error");

    public static final String BASE = "https://amm-casedesk.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED && type != CONCURRENT_UPDATE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
