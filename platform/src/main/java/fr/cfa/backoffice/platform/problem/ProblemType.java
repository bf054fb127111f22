package fr.cfa.backoffice.platform.problem;

/**
 * The stable problem types shared by every service. A service adds its own rule-specific kinds
 * through {@link BusinessRuleViolationException#kind()}, rendered as {@code urn:cfa:problem:<kind>}.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "Request is not valid"),
    MALFORMED_JSON(400, "Request body is not valid JSON"),
    INVALID_PARAMETER(400, "A path or query parameter is not valid"),
    UNAUTHORIZED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed for your role"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Response media type not available"),
    CONFLICT(409, "Conflict with the current state"),
    ILLEGAL_TRANSITION(409, "Step not allowed in the current state"),
    CONCURRENT_MODIFICATION(409, "The resource was changed by someone else"),
    REQUEST_TIMEOUT(408, "The request did not arrive in time"),
    PRECONDITION_FAILED(412, "The resource was changed since you read it"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    BUSINESS_RULE_VIOLATED(422, "A business rule refuses the request"),
    SERVICE_UNAVAILABLE(503, "A dependency is unavailable, retry later"),
    INTERNAL_ERROR(500, "Unexpected error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return uriOf(name().toLowerCase().replace('_', '-'));
    }

    public static String uriOf(String kind) {
        return "urn:cfa:problem:" + kind;
    }
}
