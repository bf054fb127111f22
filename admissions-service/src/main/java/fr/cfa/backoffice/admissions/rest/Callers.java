package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.domain.Actor;
import fr.cfa.backoffice.platform.security.PartnerClaims;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request as the domain sees it. */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken token;

    public Actor current() {
        String name = token.getName() != null ? token.getName() : token.getSubject();
        String subject = token.getSubject() != null ? token.getSubject() : name;
        String issuer = token.getIssuer() != null ? token.getIssuer() : "";
        if (token.getGroups().contains(Roles.ADMISSIONS_OFFICER)) return new Actor(name, Actor.Role.ADMISSIONS_OFFICER, null, issuer, subject);
        if (token.getGroups().contains(Roles.PRESCRIBER)) {
            return new Actor(name, Actor.Role.PRESCRIBER, PartnerClaims.require(token, Roles.PRESCRIBER_ID_CLAIM), issuer, subject);
        }
        return new Actor(name, Actor.Role.MANAGER, null, issuer, subject);
    }
}
