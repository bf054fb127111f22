package fr.cfa.backoffice.platform.problem;

import java.util.List;

/**
 * A query parameter whose value cannot be read at all, e.g. a tampered or truncated cursor (400
 * {@code invalid-parameter}, {@code errors} naming the parameter), as opposed to a readable value a rule refuses.
 */
public class MalformedParameterException extends ApiException {
    private final String parameter;
    private final String problem;

    public MalformedParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.INVALID_PARAMETER;
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return List.of(new Problem.FieldError(parameter, problem));
    }
}
