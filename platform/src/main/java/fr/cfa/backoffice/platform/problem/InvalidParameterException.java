package fr.cfa.backoffice.platform.problem;

import java.util.List;
import java.util.Map;

/** A query or path parameter with a value the API does not accept (400, naming the parameter). */
public class InvalidParameterException extends ApiException {
    private final String parameter;
    private final String problem;

    public InvalidParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.VALIDATION_FAILED;
    }

    public List<Problem.FieldError> errors() {
        return List.of(new Problem.FieldError(parameter, problem));
    }

    @Override
    public Map<String, Object> extensions() {
        return null;
    }
}
