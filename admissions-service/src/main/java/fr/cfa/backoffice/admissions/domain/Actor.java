package fr.cfa.backoffice.admissions.domain;

import java.util.UUID;

/**
 * Who is acting, from the token: the name recorded in the history, for a prescriber the organisation whose
 * applications it may see, and the token's issuer and subject, which identify the caller (a name alone may repeat).
 */
public record Actor(String name, Role role, UUID prescriberId, String issuer, String subject) {
    public enum Role { ADMISSIONS_OFFICER, MANAGER, PRESCRIBER, SYSTEM }

    /** The organisation of the centre's own staff and of the service itself. */
    public static final String CENTRE = "centre";

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null, "admissions-service", "system");

    /** The prescriber's id for a prescriber, {@link #CENTRE} for everyone else. */
    public String organisation() {
        return prescriberId != null ? prescriberId.toString() : CENTRE;
    }
}
