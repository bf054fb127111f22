package fr.cfa.backoffice.platform.security;

import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import java.util.Set;
import java.util.UUID;

/**
 * Who makes the current request, as every service's domain sees it: the name recorded in histories, the token's
 * issuer and subject (which identify the caller; a name alone may repeat across partners), its roles, and for a
 * partner (prescriber or employer) the organisation whose data it may see. Built by {@link Callers}.
 */
public record Caller(String name, String issuer, String subject, Set<String> roles, UUID partnerId) {

    /** The organisation of the centre's own staff and of the services themselves. */
    public static final String CENTRE = "centre";

    /** A caller without a token, on a public endpoint. */
    public static final Caller ANONYMOUS = new Caller("anonymous", "", "", Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The service itself, acting on an event or a schedule. */
    public static Caller system(String service) {
        return new Caller("system", service, "system", Set.of(), null);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) if (roles.contains(role)) return true;
        return false;
    }

    /** A prescriber or an employer: sees only its own organisation's data. */
    public boolean isPartner() {
        return partnerId != null;
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    /** The partner's id for a partner, {@link #CENTRE} for everyone else. */
    public String organisation() {
        return partnerId != null ? partnerId.toString() : CENTRE;
    }

    /** Fails with 404 (no existence leak) when a partner reaches for another organisation's data. */
    public void requireOwn(UUID ownerId, String resource, Object id) {
        if (isPartner() && !partnerId.equals(ownerId)) throw new ResourceNotFoundException(resource, id);
    }
}
