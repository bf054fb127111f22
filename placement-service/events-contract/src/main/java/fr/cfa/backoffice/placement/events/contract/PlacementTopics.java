package fr.cfa.backoffice.placement.events.contract;

/** The topic placement publishes to (docs/rules.md, "The public contract"); events are keyed by candidateId. */
public final class PlacementTopics {
    public static final String CONTRACTS = "placement.contracts";

    private PlacementTopics() {}
}
