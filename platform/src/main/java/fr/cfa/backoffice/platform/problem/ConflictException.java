package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** The request conflicts with existing data, e.g. a duplicate unique key (409). */
public class ConflictException extends ApiException {
    private final String kind;
    private final Map<String, Object> extensions;

    /** @param kind stable suffix of the problem type, e.g. {@code duplicate-cohort-code} */
    public ConflictException(String kind, String message, Map<String, Object> extensions) {
        super(message);
        this.kind = kind;
        this.extensions = extensions;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.CONFLICT;
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
