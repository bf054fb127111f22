package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.Actor;
import fr.cfa.backoffice.platform.problem.ApiException;
import fr.cfa.backoffice.platform.problem.ProblemType;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the domain sees it; an employer token must carry its employer_id. */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken token;

    public Actor current() {
        String name = token.getName() != null ? token.getName() : token.getSubject();
        if (token.getGroups().contains(Roles.EMPLOYER)) return new Actor(name, true, employerId());
        return new Actor(name, false, null);
    }

    /** Null when the request carries no token (public reads). */
    public Actor currentOrAnonymous() {
        return token == null || token.getRawToken() == null ? null : current();
    }

    private UUID employerId() {
        try {
            return UUID.fromString(String.valueOf(token.<Object>getClaim(Roles.EMPLOYER_ID_CLAIM)).replace("\"", ""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MissingPartnerClaim();
        }
    }

    static final class MissingPartnerClaim extends ApiException {
        MissingPartnerClaim() {
            super("An employer token must carry an employer_id claim (UUID)");
        }

        @Override
        public ProblemType problemType() {
            return ProblemType.FORBIDDEN;
        }
    }
}
