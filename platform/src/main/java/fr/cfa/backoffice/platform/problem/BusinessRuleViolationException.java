package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** A well-formed request that a business rule refuses (422), with a rule-specific stable kind. */
public class BusinessRuleViolationException extends KindedApiException {

    /** @param kind stable suffix of the problem type, e.g. {@code cohort-closed} */
    public BusinessRuleViolationException(String kind, String message) {
        this(kind, message, null);
    }

    public BusinessRuleViolationException(String kind, String message, Map<String, Object> extensions) {
        super(kind, message, extensions);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.BUSINESS_RULE_VIOLATED;
    }
}
