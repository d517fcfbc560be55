package de.amm.casedesk.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into RFC 9457 problem details. Exception class names, stack traces
 * and SQL never reach the client; unexpected failures are logged with an error id that the client sees.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(ProblemType.VALIDATION_FAILED, ApiException.describe(errors), errors, uri);
    }

    /** Takes precedence over Quarkus' built-in mapper, which answers in its own format. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableValue(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableValue(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unexpected end-of-input") || original.startsWith("No content to map")) {
            return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", List.of(), uri);
        }
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid) {
            message = "cannot be read as " + describe(invalid.getTargetType());
        } else if (e instanceof ValueInstantiationException
                && e.getCause() instanceof IllegalArgumentException invalid) {
            message = invalid.getMessage();
        } else if (e instanceof ValueInstantiationException) {
            message = "invalid value";
        } else if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_REQUEST, "The request body is not the expected JSON object", List.of(), uri);
        } else {
            message = "has the wrong type";
        }
        return api(ApiException.invalid(field.isEmpty() ? "body" : field, message), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", List.of(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(
                        respond(ProblemType.UNAUTHORIZED, "A valid bearer token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"amm\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(
                ProblemType.CONCURRENT_UPDATE,
                "Someone else changed this record at the same time; reload it and apply your change again",
                List.of(),
                uri);
    }

    /** A database constraint caught what the services did not (a race, or a record still referenced). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String detail = e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                ? "Other records still refer to this one; change or delete them first"
                : "This conflicts with an existing record";
        return respond(ProblemType.CONFLICT, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonMappingException unreadable) {
            // Quarkus' JSON reader wraps some reading failures (a code list rejecting a value)
            return unreadableValue(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
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
        Response.ResponseBuilder response = Response.fromResponse(respond(type, detail, List.of(), uri));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s, %s", errorId, uri.getPath());
        return respond(
                ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Error id " + errorId + " helps the operators find it.",
                List.of(),
                uri);
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
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
            if (node.getIndex() != null) {
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of the known codes";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "UUID" -> "an id (UUID)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> "the expected type";
        };
    }
}
