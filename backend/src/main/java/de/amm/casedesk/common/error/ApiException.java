package de.amm.casedesk.common.error;

import de.amm.casedesk.common.error.FieldRule.Violation;
import java.util.List;

/** A failure the client can act on; rendered as {@link Problem} by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Violation> violations;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    /** The invalid fields, for validation problems. */
    public List<Violation> violations() {
        return violations;
    }

    /** 404 for anything that does not exist or lies outside the caller's projects. */
    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException invalid(Violation violation) {
        return invalid(List.of(violation));
    }

    public static ApiException invalid(List<Violation> violations) {
        return new ApiException(ProblemType.VALIDATION_FAILED, describe(violations.size()), violations);
    }

    static String describe(int invalidFields) {
        return invalidFields == 1 ? "1 field is invalid" : invalidFields + " fields are invalid";
    }
}
