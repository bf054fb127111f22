package fr.cfa.backoffice.curriculum.domain.enrollment;

/** A learner's status in the national apprenticeship dashboard's vocabulary (docs/rules.md, "National vocabulary"). */
public enum LearnerStatus {
    /** "INSCRIT sans contrat": enrolled, no employer yet (at most 3 months, L6222-12-1). */
    INSCRIT_SANS_CONTRAT("INSCRIT sans contrat"),
    /** Enrolled with an apprenticeship contract. */
    APPRENTI("APPRENTI"),
    /** Had a contract and lost it, still in training (up to 6 months, L6222-18-2). */
    RUPTURANT("RUPTURANT"),
    ABANDON("ABANDON"),
    FIN_DE_FORMATION("FIN_DE_FORMATION");

    private final String nationalLabel;

    LearnerStatus(String nationalLabel) {
        this.nationalLabel = nationalLabel;
    }

    public String nationalLabel() {
        return nationalLabel;
    }

    public boolean isFinal() {
        return this == ABANDON || this == FIN_DE_FORMATION;
    }
}
