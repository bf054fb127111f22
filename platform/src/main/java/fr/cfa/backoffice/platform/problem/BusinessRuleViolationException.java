package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** A well-formed request that a business rule refuses (422), with a rule-specific stable kind. */
public class BusinessRuleViolationException extends ApiException {
    private final String kind;
    private final Map<String, Object> extensions;

    /** @param kind stable suffix of the problem type, e.g. {@code cohort-closed} */
    public BusinessRuleViolationException(String kind, String message) {
        this(kind, message, null);
    }

    public BusinessRuleViolationException(String kind, String message, Map<String, Object> extensions) {
        super(message);
        this.kind = kind;
        this.extensions = extensions;
    }

    public String kind() {
        return kind;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.BUSINESS_RULE_VIOLATED;
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
