package fr.cfa.backoffice.admissions.events.contract;

/** The topic admissions publishes to (docs/rules.md, "The public contract"); events are keyed by candidateId. */
public final class AdmissionsTopics {
    public static final String APPLICATIONS = "admissions.applications";

    private AdmissionsTopics() {}
}
