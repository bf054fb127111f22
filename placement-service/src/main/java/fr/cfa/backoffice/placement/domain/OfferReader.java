package fr.cfa.backoffice.placement.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Who reads offers, and so which ones they see (CONTEXT-MAP roles): placement officers and managers every offer; an
 * employer its own whatever their status and the open ones of others; everyone else, with or without a token, the
 * public view: open offers only.
 */
public record OfferReader(Scope scope, UUID employerId) {
    public enum Scope { STAFF, EMPLOYER, PUBLIC }

    public static final OfferReader STAFF = new OfferReader(Scope.STAFF, null);
    public static final OfferReader PUBLIC = new OfferReader(Scope.PUBLIC, null);

    public OfferReader {
        Objects.requireNonNull(scope);
        if ((scope == Scope.EMPLOYER) != (employerId != null)) throw new IllegalArgumentException("an employer reader, and only it, names its employer");
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
