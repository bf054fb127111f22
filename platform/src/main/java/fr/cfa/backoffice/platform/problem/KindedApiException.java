package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** An {@link ApiException} whose problem type is a service-specific kind, e.g. {@code urn:cfa:problem:cohort-closed}. */
public abstract class KindedApiException extends ApiException {
    private final String kind;
    private final Map<String, Object> extensions;

    protected KindedApiException(String kind, String message, Map<String, Object> extensions) {
        super(message);
        this.kind = kind;
        this.extensions = extensions;
    }

    public String kind() {
        return kind;
    }

    @Override
    public String typeUri() {
        return ProblemType.uriOf(kind);
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
