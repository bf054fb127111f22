package fr.cfa.backoffice.platform.events;

/**
 * An event that can never be applied (bad JSON, unknown version, missing fields, a rule it breaks).
 * It is parked on the dead-letter topic with this message as the reason; retrying would not help.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
