package fr.cfa.backoffice.platform.security;

import fr.cfa.backoffice.platform.time.SuiteClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, then answers the same verified token for it until it expires. Checking the RSA signature
 * and parsing the claims of the same token on every request took a quarter of an authenticated read (JFR, deploy/bench).
 * The key is the whole token, signature included: any other string is verified in full. An entry ends at the token's
 * exp by real time ({@link SuiteClock#realTime()}, as for every security check), before SmallRye's clock skew would.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {
    @Inject
    @Delegate
    @Any
    JWTParser delegate;

    @Inject
    SuiteClock clock;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "backoffice.security.verified-token-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private volatile Counter hits;
    private volatile Counter misses;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.realTime().instant().getEpochSecond();
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > now) {
                hits().increment();
                return known;
            }
            verified.remove(token, known);
        }
        JsonWebToken fresh = delegate.parse(token); // throws on a bad signature, issuer, audience or expiry: nothing is kept
        misses().increment();
        if (fresh.getExpirationTime() > now) {
            if (verified.size() >= maxEntries) {
                verified.values().removeIf(t -> t.getExpirationTime() <= now);
                if (verified.size() >= maxEntries) verified.clear(); // many live tokens at once: start again rather than grow
            }
            verified.put(token, fresh);
        }
        return fresh;
    }

    private Counter hits() {
        if (hits == null) hits = Counter.builder("backoffice.jwt.verified").tag("result", "cached").register(registry);
        return hits;
    }

    private Counter misses() {
        if (misses == null) misses = Counter.builder("backoffice.jwt.verified").tag("result", "verified").register(registry);
        return misses;
    }
}
