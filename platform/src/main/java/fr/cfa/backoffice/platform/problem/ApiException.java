package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/**
 * Base of the exceptions a service's domain throws to refuse a request. The domain never sets
 * HTTP status codes: {@link ProblemExceptionMappers} turns each subclass into its problem.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false); // no stack trace: these are expected outcomes
    }

    public abstract ProblemType problemType();

    /** The problem's type URI; subclasses with their own kinds override it. */
    public String typeUri() {
        return problemType().uri();
    }

    /** The fields at fault, when the refusal is about given fields (e.g. a date in the future); null otherwise. */
    public java.util.List<Problem.FieldError> fieldErrors() {
        return null;
    }

    /** Kind-specific members added to the problem (never personal data). */
    public Map<String, Object> extensions() {
        return null;
    }
}
