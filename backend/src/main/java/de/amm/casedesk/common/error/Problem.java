package de.amm.casedesk.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the one error format of the API. */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details; every error of the API has this shape.",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(
                description = "Stable identifier of the kind of problem",
                examples = "https://amm-casedesk.example/problems/validation-failed")
        URI type,

        @Schema(
                description = "Short human-readable summary of the problem kind",
                examples = "The request contains invalid values")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(description = "Explanation of this occurrence", examples = "2 fields are invalid")
        String detail,

        @Schema(description = "The request path", examples = "/api/v1/projects")
        String instance,

        @Schema(description = "The invalid fields, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field: a JSON path into the request body, or a query/path parameter or header name; what is
     * wrong as a stable code with its parameters, and in words in the request's language.
     */
    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "code", "message", "params"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldError(
            @Schema(description = "Path of the field in the request", examples = "contact.email")
            String field,

            @Schema(
                    description = "What is wrong, as a stable code (see the list of field error codes in docs/api.md)",
                    examples = "too_long")
            String code,

            @Schema(
                    description = "What is wrong, in words, in the language of Accept-Language (de or en)",
                    examples = "must be at most 200 characters long")
            String message,

            @Schema(
                    description = "The values the message refers to, such as max or allowed",
                    examples = "{\"max\": \"200\"}")
            Map<String, String> params) {}
}
