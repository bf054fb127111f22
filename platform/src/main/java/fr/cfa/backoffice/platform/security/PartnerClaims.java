package fr.cfa.backoffice.platform.security;

import fr.cfa.backoffice.platform.problem.ApiException;
import fr.cfa.backoffice.platform.problem.ProblemType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the partner's organisation id from its token; a partner token without it cannot be scoped, so it is refused (403). */
public final class PartnerClaims {
    private PartnerClaims() {}

    public static UUID require(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        try {
            return UUID.fromString(String.valueOf(value).replace("\"", ""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MissingPartnerClaimException(claim);
        }
    }

    /** 403: the partner token lacks the claim that scopes its data. */
    public static final class MissingPartnerClaimException extends ApiException {
        MissingPartnerClaimException(String claim) {
            super("A partner token must carry a " + claim + " claim (UUID)");
        }

        @Override
        public ProblemType problemType() {
            return ProblemType.FORBIDDEN;
        }
    }
}
