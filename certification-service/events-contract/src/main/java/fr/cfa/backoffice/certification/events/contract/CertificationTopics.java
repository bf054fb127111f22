package fr.cfa.backoffice.certification.events.contract;

/** The topic certification publishes to (docs/rules.md, "The public contract"); events are keyed by candidateId. */
public final class CertificationTopics {
    public static final String RESULTS = "certification.results";

    private CertificationTopics() {}
}
