package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.security.Roles;
import java.util.Objects;
import java.util.UUID;

/**
 * Who reads offers, and so which ones they see (docs/rules.md, "The public contract": roles, open offers public):
 * placement officers and managers every offer; an employer its own whatever their status and the open ones of
 * others; everyone else, with or without a token, the public view: open offers only.
 */
public record OfferReader(Scope scope, UUID employerId) {
    public enum Scope { STAFF, EMPLOYER, PUBLIC }

    public static final OfferReader STAFF = new OfferReader(Scope.STAFF, null);
    public static final OfferReader PUBLIC = new OfferReader(Scope.PUBLIC, null);

    public OfferReader {
        Objects.requireNonNull(scope);
        if ((scope == Scope.EMPLOYER) != (employerId != null)) throw new IllegalArgumentException("an employer reader, and only it, names its employer");
    }

    /**
     * Decided by role and never by "has a token": prescribers, trainers, admissions and certification officers get the
     * public view, like a caller without a token.
     */
    public static OfferReader of(Caller caller) {
        if (caller.has(Roles.EMPLOYER) && caller.isPartner()) return employer(caller.partnerId());
        if (caller.hasAny(Roles.PLACEMENT_OFFICER, Roles.MANAGER)) return STAFF;
        return PUBLIC;
    }

    public static OfferReader employer(UUID employerId) {
        return new OfferReader(Scope.EMPLOYER, employerId);
    }

    /** Whether this reader may see an offer of {@code ownerEmployerId} with this status. */
    public boolean sees(UUID ownerEmployerId, OfferStatus status) {
        return switch (scope) {
            case STAFF -> true;
            case EMPLOYER -> employerId.equals(ownerEmployerId) || status == OfferStatus.OPEN;
            case PUBLIC -> status == OfferStatus.OPEN;
        };
    }
}
