package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.Actor;
import fr.cfa.backoffice.placement.domain.OfferReader;
import fr.cfa.backoffice.platform.security.PartnerClaims;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the domain sees it; an employer token must carry its employer_id. */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken token;

    public Actor current() {
        String name = token.getName() != null ? token.getName() : token.getSubject();
        if (token.getGroups().contains(Roles.EMPLOYER)) return new Actor(name, true, PartnerClaims.require(token, Roles.EMPLOYER_ID_CLAIM));
        return new Actor(name, false, null);
    }

    /**
     * Which offers the caller sees, decided by role and never by "has a token": prescribers, trainers, admissions
     * and certification officers get the public view, like a caller without a token.
     */
    public OfferReader offerReader() {
        if (token == null || token.getRawToken() == null) return OfferReader.PUBLIC;
        Set<String> groups = token.getGroups();
        if (groups.contains(Roles.EMPLOYER)) return OfferReader.employer(PartnerClaims.require(token, Roles.EMPLOYER_ID_CLAIM));
        if (groups.contains(Roles.PLACEMENT_OFFICER) || groups.contains(Roles.MANAGER)) return OfferReader.STAFF;
        return OfferReader.PUBLIC;
    }
}
