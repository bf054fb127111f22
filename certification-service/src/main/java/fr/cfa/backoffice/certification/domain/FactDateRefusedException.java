package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.Problem;
import java.util.List;
import java.util.Map;

/** 422 for a date a rule refuses (a decision before its session), naming the field, as date-in-future does. */
public class FactDateRefusedException extends BusinessRuleViolationException {
    private final List<Problem.FieldError> errors;

    public FactDateRefusedException(String kind, String field, String message, Map<String, Object> extensions) {
        super(kind, message, extensions);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return errors;
    }
}
