package fr.cfa.backoffice.certification.domain;

/** Where an exam session stands: planned, it takes registrations (within its capacity) and, once held, its jury's results. */
public enum SessionStatus {
    PLANNED;

    public boolean acceptsRegistrations() {
        return this == PLANNED;
    }
}
