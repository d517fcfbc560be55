package de.amm.casedesk.common.error;

import java.util.List;

/** A failure the client can act on; rendered as {@link Problem} by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** 404 for anything that does not exist or lies outside the caller's projects. */
    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION_FAILED, describe(errors), errors);
    }

    static String describe(List<Problem.FieldError> errors) {
        return errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    }
}
