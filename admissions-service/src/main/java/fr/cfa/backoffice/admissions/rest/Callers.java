package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.domain.Actor;
import fr.cfa.backoffice.platform.problem.ApiException;
import fr.cfa.backoffice.platform.problem.ProblemType;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request as the domain sees it. */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken token;

    public Actor current() {
        String name = token.getName() != null ? token.getName() : token.getSubject();
        if (token.getGroups().contains(Roles.ADMISSIONS_OFFICER)) return new Actor(name, Actor.Role.ADMISSIONS_OFFICER, null);
        if (token.getGroups().contains(Roles.PRESCRIBER)) return new Actor(name, Actor.Role.PRESCRIBER, prescriberId());
        return new Actor(name, Actor.Role.MANAGER, null);
    }

    private UUID prescriberId() {
        Object claim = token.getClaim(Roles.PRESCRIBER_ID_CLAIM);
        try {
            return UUID.fromString(String.valueOf(claim).replace("\"", ""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MissingPartnerClaim();
        }
    }

    /** A prescriber token without a valid prescriber_id cannot be scoped, so it is refused. */
    static final class MissingPartnerClaim extends ApiException {
        MissingPartnerClaim() {
            super("A prescriber token must carry a prescriber_id claim (UUID)");
        }

        @Override
        public ProblemType problemType() {
            return ProblemType.FORBIDDEN;
        }
    }
}
