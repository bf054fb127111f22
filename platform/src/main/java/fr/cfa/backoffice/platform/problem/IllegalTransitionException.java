package fr.cfa.backoffice.platform.problem;

import java.util.Map;

/** A state machine refuses a step in the current state (409, naming the current state). */
public class IllegalTransitionException extends ApiException {
    private final String currentState;
    private final String attemptedStep;

    public IllegalTransitionException(String resource, Object currentState, String attemptedStep) {
        super("Cannot " + attemptedStep + " a " + resource + " in state " + currentState);
        this.currentState = String.valueOf(currentState);
        this.attemptedStep = attemptedStep;
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.ILLEGAL_TRANSITION;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentState", currentState, "attemptedStep", attemptedStep);
    }
}
