package fr.cfa.backoffice.admissions.domain.eligibility;

/** A failed admission rule: a stable code for machines and a message for people. */
public record Ineligibility(Reason code, String message) {

    public enum Reason {
        AGE_UNDER_MINIMUM,
        AGE_OVER_MAXIMUM,
        QUALIFICATION_OR_EXPERIENCE_MISSING
    }
}
