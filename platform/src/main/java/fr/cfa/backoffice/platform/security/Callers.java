package fr.cfa.backoffice.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read once from its token. A partner token must carry the claim that scopes
 * its data ({@code prescriber_id}, {@code employer_id}); without it the request is refused (403).
 */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken token;

    private Caller current;

    public Caller current() {
        if (current == null) current = read();
        return current;
    }

    private Caller read() {
        if (token == null || token.getRawToken() == null) return Caller.ANONYMOUS;
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        String name = token.getName() != null ? token.getName() : subject;
        String issuer = token.getIssuer() != null ? token.getIssuer() : "";
        UUID partner = null;
        if (token.getGroups().contains(Roles.PRESCRIBER)) partner = PartnerClaims.require(token, Roles.PRESCRIBER_ID_CLAIM);
        else if (token.getGroups().contains(Roles.EMPLOYER)) partner = PartnerClaims.require(token, Roles.EMPLOYER_ID_CLAIM);
        return new Caller(name, issuer, subject == null ? "" : subject, token.getGroups(), partner);
    }
}
