package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

/** How a transmission to the national dashboard went. */
public enum TransmissionState {
    RUNNING,
    /** Every batch answered; some records may have been rejected (see the rejections). */
    COMPLETED,
    /** The State refused the exchange key (401/403): nothing more is sent until it is replaced. */
    UNAUTHORIZED,
    /** The State kept answering 429/5xx, or refused a batch as a whole: what was not answered is sent next time. */
    FAILED,
    /** Never finished (the process stopped); what was not answered is sent next time. */
    INTERRUPTED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
