package fr.cfa.backoffice.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
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
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Bad input is always a 4xx naming the fields at
 * fault; an unexpected failure is a 500 with an error id that is also in the log, never a stack trace.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        if (e instanceof InvalidParameterException invalid) return validation(invalid.errors(), uri);
        ProblemType kind = e.problemType();
        return respond(new Problem(e.typeUri(), kind.title(), kind.status(), e.getMessage(), path(uri), e.fieldErrors(), e.extensions()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return validation(errors, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return jsonMapping(mapping, uri);
        }
        return respond(ProblemType.MALFORMED_JSON, "The body could not be parsed as JSON: " + firstLine(e.getOriginalMessage()), uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonProcessing(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && cause != null && !(cause instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; it is bad input, not absence.
            return respond(ProblemType.INVALID_PARAMETER, "A path or query parameter has an invalid value: " + firstLine(cause.getMessage()), uri, null);
        }
        ProblemType kind = switch (status) {
            case 400 -> ProblemType.INVALID_PARAMETER;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : null;
        };
        if (kind == null) {
            return respond(new Problem("about:blank", e.getResponse().getStatusInfo().getReasonPhrase(), status, e.getMessage(), path(uri), null, null));
        }
        if (kind == ProblemType.INTERNAL_ERROR) {
            return unexpected(e, uri);
        }
        String detail = switch (kind) {
            case NOT_FOUND -> "No resource at " + path(uri);
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This resource answers application/json";
            case INVALID_PARAMETER -> parameterDetail(e);
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(kind.uri(), kind.title(), status, detail, path(uri), null, null));
        if (status == 405) {
            // keep the Allow header the framework computed
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) builder.header(HttpHeaders.ALLOW, allow);
        }
        if (status == 401) builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(ProblemType.UNAUTHORIZED.uri(), ProblemType.UNAUTHORIZED.title(), 401,
                        "A valid bearer token is required", path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role may not perform this operation", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.CONCURRENT_MODIFICATION, "The resource was changed by a concurrent request; reload and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response throwable(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) return apiException(api, uri);
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return respond(ProblemType.CONCURRENT_MODIFICATION, "The resource was changed by a concurrent request; reload and retry", uri, null);
            }
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && (t.getMessage().contains("timed out") || t.getMessage().contains("Connection was closed"))) {
                // The client stopped sending its body: RequestBodyTimeout already answered 408 and closed the connection.
                LOG.debugf("Request body of %s did not arrive: %s", path(uri), t.getMessage());
                return respond(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive in time", uri, null);
            }
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                LOG.warnf("Database unavailable while serving %s: %s", path(uri), t.getMessage());
                return respond(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; retry later", uri, null);
            }
        }
        return unexpected(e, uri);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s while serving %s", errorId, path(uri));
        return respond(new Problem(ProblemType.INTERNAL_ERROR.uri(), ProblemType.INTERNAL_ERROR.title(), 500,
                "Unexpected error; quote error id " + errorId + " to support", path(uri), null, Map.of("errorId", errorId)));
    }

    private Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
        } else if (e instanceof InvalidFormatException invalid && invalid.getOriginalMessage() != null
                && invalid.getOriginalMessage().startsWith("must not contain")) {
            message = invalid.getOriginalMessage();
        } else if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            message = cause.getMessage();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown property";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_JSON, "The body does not have the expected shape: " + message, uri, null);
        }
        return validation(List.of(new Problem.FieldError(field, message)), uri);
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        if (type == java.time.OffsetDateTime.class) return "a date-time with offset (YYYY-MM-DDThh:mm:ss+01:00)";
        if (type == UUID.class) return "a UUID";
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a string";
        if (List.class.isAssignableFrom(type) || type.isArray()) return "an array";
        return "an object";
    }

    private Response validation(List<Problem.FieldError> errors, UriInfo uri) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        ProblemType kind = ProblemType.VALIDATION_FAILED;
        return respond(new Problem(kind.uri(), kind.title(), kind.status(), detail, path(uri), errors, null));
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Drops the method and parameter nodes of a parameter violation: {@code create.request.capacity} → {@code capacity}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) names.add(name);
            }
        }
        if (!names.isEmpty()) return String.join(".", names);
        return parameter != null ? parameter : "body";
    }

    private static String parameterDetail(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP 400") ? "A path or query parameter has an invalid value" : firstLine(message);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private Response respond(ProblemType kind, String detail, UriInfo uri, Map<String, Object> extensions) {
        return respond(new Problem(kind.uri(), kind.title(), kind.status(), detail, path(uri), null, extensions));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
