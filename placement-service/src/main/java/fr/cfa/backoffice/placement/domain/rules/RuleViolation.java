package fr.cfa.backoffice.placement.domain.rules;

/** A failed placement rule: a stable code for machines and a message for people. */
public record RuleViolation(Reason code, String message) {

    public enum Reason {
        SIRET_INVALID,
        TUTOR_NOT_QUALIFIED,
        TUTOR_CAPACITY_REACHED,
        CONTRACT_STARTS_TOO_EARLY,
        CONTRACT_STARTS_TOO_LATE,
        CONTRACT_ENDS_BEFORE_CYCLE_END,
        CONTRACT_ENDS_TOO_LATE,
        TERMINATION_NOT_ALLOWED,
        TERMINATION_STEP_MISSING,
        RESIGNATION_NOTICE_TOO_EARLY,
        RESIGNATION_EFFECT_TOO_EARLY,
        EMPLOYER_TYPE_CODE_MISMATCH,
        CONTRACT_FORM_INCOMPLETE
    }
}
