package fr.cfa.backoffice.platform.security;

import fr.cfa.backoffice.platform.time.SuiteClock;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Refuses a token issued in the future. SmallRye JWT checks the signature, issuer, audience, expiry and
 * the lifetime (exp − iat ≤ {@code smallrye.jwt.time-to-live}), but not an {@code iat} ahead of now, so a
 * token minted "a year from now" with a short lifetime would otherwise be good for a year.
 * Security time is real time: it reads the suite clock's {@link SuiteClock#realTime()}, never the simulated one.
 */
@ApplicationScoped
public class TokenFreshnessAugmentor implements SecurityIdentityAugmentor {
    private static final Logger LOG = Logger.getLogger(TokenFreshnessAugmentor.class);

    @Inject
    SuiteClock clock;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long issuedAt = token.getIssuedAtTime();
        Instant latestAcceptable = Instant.now(clock.realTime()).plus(Duration.ofSeconds(clockSkewSeconds));
        if (issuedAt <= 0 || Instant.ofEpochSecond(issuedAt).isAfter(latestAcceptable)) {
            LOG.debugf("Token refused: iat %d is missing or in the future", issuedAt);
            return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
