package de.amm.casedesk.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Dates;
import de.amm.casedesk.common.api.StrictJson;
import de.amm.casedesk.common.error.FieldRule.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into RFC 9457 problem details. Exception class names, stack traces
 * and SQL never reach the client; unexpected failures are logged with an error id that the client sees.
 * Field errors carry a stable code ({@link FieldRule}); titles and field messages follow the request's
 * {@code Accept-Language} (German or English).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Locale GERMAN = Locale.GERMAN;
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The database could not serve the request in time, somewhere in the chain: a connection failure (SQL state
     * class 08), the pool's acquisition timeout, or a statement that waited longer than {@code lock_timeout} for a
     * lock (55P03) or ran past {@code statement_timeout} (57014), or a commit the transaction manager had to roll
     * back. Each rolls the transaction back, so nothing was
     * stored and the client may try again.
     */
    static boolean causedByUnavailableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            String state = t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if (t instanceof JDBCConnectionException
                    // the commit itself failed and the transaction manager rolled back (the connection broke at
                    // commit, scripts/faults a): nothing was stored
                    || t instanceof jakarta.transaction.RollbackException
                    || (state != null && (state.startsWith("08") || state.equals("55P03") || state.equals("57014")))
                    || message.contains("acquisition timeout")
                    || message.contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(e.type(), e.getMessage(), e.violations(), uri, headers);
        if (e instanceof RetryLater later) {
            return Response.fromResponse(response)
                    .header("Retry-After", later.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(ruleOf(violation).apply(fieldOf(violation.getPropertyPath())));
        }
        violations.sort(Comparator.comparing(Violation::field)
                .thenComparing(v -> v.rule().code()));
        return respond(
                ProblemType.VALIDATION_FAILED, ApiException.describe(violations.size()), violations, uri, headers);
    }

    /** Takes precedence over Quarkus' built-in mapper, which answers in its own format. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableValue(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableValue(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unexpected end-of-input") || original.startsWith("No content to map")) {
            return respond(
                    ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", List.of(), uri, headers);
        }
        Violation violation;
        String at = field.isEmpty() ? "body" : field;
        if (e instanceof UnrecognizedPropertyException) {
            violation = FieldRule.UNKNOWN_FIELD.on(at);
        } else if (e instanceof StrictJson.ControlCharacterException) {
            violation = FieldRule.CONTROL_CHARACTER.on(at);
        } else if (e instanceof StrictJson.DateOutOfRangeException) {
            violation = FieldRule.RANGE.on(at, "min", Dates.EARLIEST, "max", Dates.LATEST);
        } else if (e instanceof InvalidFormatException invalid) {
            violation = typeRule(invalid.getTargetType(), at);
        } else if (e instanceof ValueInstantiationException
                && e.getCause() instanceof Coded.UnknownCodeException unknown) {
            violation = FieldRule.ONE_OF.on(at, "allowed", unknown.allowed());
        } else if (e instanceof ValueInstantiationException) {
            violation = FieldRule.INVALID.on(at);
        } else if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_REQUEST,
                    "The request body is not the expected JSON object",
                    List.of(),
                    uri,
                    headers);
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            violation = typeRule(mismatched.getTargetType(), at);
        } else {
            violation = FieldRule.WRONG_TYPE.on(at);
        }
        return api(ApiException.invalid(violation), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", List.of(), uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(
                        respond(ProblemType.UNAUTHORIZED, "A valid bearer token is required", List.of(), uri, headers))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"amm\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of(), uri, headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                ProblemType.CONCURRENT_UPDATE,
                "Someone else changed this record at the same time; reload it and apply your change again",
                List.of(),
                uri,
                headers);
    }

    /** A database constraint caught what the services did not (a race, or a record still referenced). */
    @ServerExceptionMapper
    public Response constraint(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                ? "Other records still refer to this one; change or delete them first"
                : "This conflicts with an existing record";
        return respond(ProblemType.CONFLICT, detail, List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonMappingException unreadable) {
            // Quarkus' JSON reader wraps some reading failures (a code list rejecting a value)
            return unreadableValue(unreadable, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case MALFORMED_REQUEST -> "The request body or a parameter cannot be read";
            case NOT_FOUND -> "No resource at this address";
            case METHOD_NOT_ALLOWED -> "This address does not support the method";
            case NOT_ACCEPTABLE -> "The response can be delivered as application/json only";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            default -> type.title();
        };
        Response.ResponseBuilder response = Response.fromResponse(respond(type, detail, List.of(), uri, headers));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.status(status).build();
    }

    /**
     * No database connection within the pool's wait (all in use), or the database not reachable: the client may
     * try again shortly; nothing was stored.
     */
    @ServerExceptionMapper
    public Response unavailable(JDBCConnectionException e, UriInfo uri, HttpHeaders headers) {
        return serviceUnavailable(e, uri, headers);
    }

    private static Response serviceUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Database busy or not available: %s", Traces.classes(e));
        return Response.fromResponse(respond(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The database could not serve this request in time; nothing was stored. Try again in a few"
                                + " seconds.",
                        List.of(),
                        uri,
                        headers))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (causedByUnavailableDatabase(e)) {
            return serviceUnavailable(e, uri, headers);
        }
        String errorId = UUID.randomUUID().toString();
        // the classes and frames only: an exception's message may quote personal data (a duplicate key's value)
        LOG.errorf("Unexpected failure, error id %s, %s%n%s", errorId, uri.getPath(), Traces.withoutMessages(e));
        return respond(
                ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Error id " + errorId + " helps the operators find it.",
                List.of(),
                uri,
                headers);
    }

    static Response respond(
            ProblemType type, String detail, List<Violation> violations, UriInfo uri, HttpHeaders headers) {
        Locale locale = languageOf(headers);
        List<Problem.FieldError> errors =
                violations.stream().map(v -> v.render(locale)).toList();
        Problem problem = new Problem(type.uri(), type.title(locale), type.status(), detail, instance(uri), errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }

    /** German when the caller prefers it to English, English otherwise. */
    static Locale languageOf(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("de".equals(wanted.getLanguage())) {
                    return GERMAN;
                }
                if ("en".equals(wanted.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The rule a Bean Validation constraint stands for, with the constraint's limits as parameters. */
    static java.util.function.Function<String, Violation> ruleOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{field.") && template.endsWith("}")) {
            String code = template.substring("{field.".length(), template.length() - 1);
            for (FieldRule rule : FieldRule.values()) {
                if (!rule.code().equals(code)) {
                    continue;
                }
                if (rule == FieldRule.ONE_OF
                        && violation.getConstraintDescriptor().getAttributes().get("regexp") instanceof String regexp) {
                    // a pattern that lists the allowed values: "mentor|project_lead"
                    return field -> rule.on(field, "allowed", regexp.replace("|", ", "));
                }
                return rule::on;
            }
        }
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        return switch (violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldRule.REQUIRED::on;
            case "Size" -> {
                Object min = limits.get("min");
                Object max = limits.get("max");
                boolean atMost = Integer.valueOf(0).equals(min);
                if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]) {
                    yield field -> atMost
                            ? FieldRule.TOO_MANY.on(field, "max", max)
                            : FieldRule.COUNT.on(field, "min", min, "max", max);
                }
                yield field -> atMost
                        ? FieldRule.TOO_LONG.on(field, "max", max)
                        : FieldRule.LENGTH.on(field, "min", min, "max", max);
            }
            case "Min" -> field -> FieldRule.TOO_SMALL.on(field, "min", limits.get("value"));
            case "Max" -> field -> FieldRule.TOO_LARGE.on(field, "max", limits.get("value"));
            case "DecimalMin" ->
                field -> Boolean.FALSE.equals(limits.get("inclusive"))
                        ? FieldRule.NOT_GREATER.on(field, "min", limits.get("value"))
                        : FieldRule.TOO_SMALL.on(field, "min", limits.get("value"));
            case "DecimalMax" ->
                field -> Boolean.FALSE.equals(limits.get("inclusive"))
                        ? FieldRule.NOT_SMALLER.on(field, "max", limits.get("value"))
                        : FieldRule.TOO_LARGE.on(field, "max", limits.get("value"));
            case "Digits" ->
                field -> FieldRule.DIGITS.on(
                        field, "integer", limits.get("integer"), "fraction", limits.get("fraction"));
            case "PastOrPresent" -> FieldRule.IN_FUTURE::on;
            case "Past" -> FieldRule.NOT_PAST::on;
            case "Email" -> FieldRule.EMAIL::on;
            default -> FieldRule.INVALID::on;
        };
    }

    private static Violation typeRule(Class<?> type, String field) {
        if (type == null) {
            return FieldRule.WRONG_TYPE.on(field);
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return FieldRule.ONE_OF.on(
                    field,
                    "allowed",
                    String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(c -> ((Coded) c).code())
                                    .toList()));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> FieldRule.DATE.on(field);
            case "UUID" -> FieldRule.ID.on(field);
            case "Integer", "int", "Long", "long", "Short", "short" -> FieldRule.WHOLE_NUMBER.on(field);
            case "BigDecimal", "Double", "double" -> FieldRule.NUMBER.on(field);
            case "Boolean", "boolean" -> FieldRule.BOOLEAN.on(field);
            case "String" -> FieldRule.TEXT.on(field);
            default -> FieldRule.WRONG_TYPE.on(field);
        };
    }

    /** "create.input.contact.email" becomes "contact.email"; a bare parameter keeps its name. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
                }
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && node.isInIterable() && !parts.isEmpty()) {
                // a property of a list's element: the index belongs to the list ("branches[0].position")
                parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
            } else if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            parts.add(name);
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
