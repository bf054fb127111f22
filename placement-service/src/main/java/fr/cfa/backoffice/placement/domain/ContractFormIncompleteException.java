package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.Problem;
import java.util.List;
import java.util.Map;

/** Signing refused: the CERFA FA13 form lacks fields it requires (422 contract-form-incomplete, each in errors[]). */
class ContractFormIncompleteException extends BusinessRuleViolationException {
    private final List<String> missing;

    ContractFormIncompleteException(List<String> missing) {
        super("contract-form-incomplete", "The CERFA FA13 form lacks " + missing.size() + " required field(s): " + String.join(", ", missing),
                Map.of("missingFields", missing));
        this.missing = List.copyOf(missing);
    }

    @Override
    public List<Problem.FieldError> fieldErrors() {
        return missing.stream().map(f -> new Problem.FieldError(f, "required by the CERFA FA13 form to sign")).toList();
    }
}
