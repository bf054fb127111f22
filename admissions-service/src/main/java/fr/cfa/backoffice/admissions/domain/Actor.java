package fr.cfa.backoffice.admissions.domain;

import java.util.UUID;

/**
 * Who is acting, from the token: the name recorded in the history, and for a prescriber the
 * organisation whose applications it may see.
 */
public record Actor(String name, Role role, UUID prescriberId) {
    public enum Role { ADMISSIONS_OFFICER, MANAGER, PRESCRIBER, SYSTEM }

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null);

    public boolean seesSensitiveData() {
        return role == Role.ADMISSIONS_OFFICER;
    }
}
