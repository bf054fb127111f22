package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import java.util.List;
import java.util.Map;

/** A rule's violations as a 422 whose type is the first reason code in kebab case (e.g. urn:cfa:problem:siret-invalid). */
final class Refusals {
    private Refusals() {}

    static void refuse(RuleViolation violation) {
        refuse(List.of(violation));
    }

    static void refuse(List<RuleViolation> violations) {
        throw new BusinessRuleViolationException(violations.get(0).code().name().toLowerCase().replace('_', '-'),
                String.join("; ", violations.stream().map(RuleViolation::message).toList()),
                Map.of("reason", violations.get(0).code().name(), "reasons", violations.stream().map(v -> v.code().name()).toList()));
    }
}
