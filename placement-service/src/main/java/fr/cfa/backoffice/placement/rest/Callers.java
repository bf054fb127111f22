package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.Actor;
import fr.cfa.backoffice.platform.security.PartnerClaims;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    /** Null when the request carries no token (public reads). */
    public Actor currentOrAnonymous() {
        return token == null || token.getRawToken() == null ? null : current();
    }
}
