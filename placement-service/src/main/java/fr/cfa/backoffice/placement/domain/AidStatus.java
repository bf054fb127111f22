package fr.cfa.backoffice.placement.domain;

/** Whether an employer aid estimate could be given. */
public enum AidStatus {
    /** An amount from the reference data applies. */
    ESTIMATED,
    /** No amount applies to this contract's dates, employer size and diploma level. */
    NONE,
    /** Whether this employer may claim it is not established (public employers, by default). */
    NOT_ESTABLISHED
}
