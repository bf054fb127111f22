package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** The request conflicts with existing data, e.g. a duplicate unique key (409). */
public class ConflictException extends KindedApiException {

    /** @param kind stable suffix of the problem type, e.g. {@code duplicate-cohort-code} */
    public ConflictException(String kind, String message, Map<String, Object> extensions) {
        super(kind, message, extensions);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.CONFLICT;
    }
}
