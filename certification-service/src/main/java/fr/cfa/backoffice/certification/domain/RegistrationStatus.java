package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.platform.problem.IllegalTransitionException;

/** A candidate's registration to a session: REGISTERED → RESULTED once the jury's results are recorded, which happens once. */
public enum RegistrationStatus {
    REGISTERED,
    RESULTED;

    public boolean canRecordResults() {
        return this == REGISTERED;
    }

    /** The state after the jury's results; refused (409 naming this state) when they were already recorded. */
    public RegistrationStatus resultsRecorded() {
        if (!canRecordResults()) throw new IllegalTransitionException("registration", this, "record results for");
        return RESULTED;
    }
}
