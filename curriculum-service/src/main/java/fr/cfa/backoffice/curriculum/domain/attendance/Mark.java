package fr.cfa.backoffice.curriculum.domain.attendance;

/** A learner's mark on a half-day sheet. PRESENT and LATE count as attended. */
public enum Mark {
    PRESENT, LATE, JUSTIFIED_ABSENCE, UNJUSTIFIED_ABSENCE;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
