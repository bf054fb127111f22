package fr.cfa.backoffice.curriculum.events.contract;

/** The topics curriculum publishes to (docs/rules.md, "The public contract"). */
public final class CurriculumTopics {
    public static final String COHORTS = "curriculum.cohorts";
    public static final String LEARNERS = "curriculum.learners";

    private CurriculumTopics() {}
}
