package fr.cfa.backoffice.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Mints tokens signed with the committed DEVELOPMENT key (deploy/local/dev-keys), exactly like
 * deploy/local/token.sh, so tests exercise the real JWT verification.
 */
public final class TestTokens {
    public static final String ISSUER = "cfa-backoffice-dev";
    /** The audience every service expects ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "cfa-backoffice";
    private static PrivateKey key;

    private TestTokens() {}

    /** A token for {@code role}, with extra string claims given as name/value pairs. */
    public static String forRole(String role, String... claims) {
        JwtClaimsBuilder builder = claims(role, "test-" + role);
        for (int i = 0; i + 1 < claims.length; i += 2) builder.claim(claims[i], claims[i + 1]);
        return builder.sign(privateKey());
    }

    /** A token for {@code role} with a given subject (who is recorded as the author of a step). */
    public static String forUser(String role, String subject, String... claims) {
        JwtClaimsBuilder builder = claims(role, subject);
        for (int i = 0; i + 1 < claims.length; i += 2) builder.claim(claims[i], claims[i + 1]);
        return builder.sign(privateKey());
    }

    /** The claims of a good token (issuer, audience, one hour of life), for a test to alter before {@link #sign}. */
    public static JwtClaimsBuilder claims(String role, String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(role).expiresIn(3600);
    }

    public static String sign(JwtClaimsBuilder builder) {
        return builder.sign(privateKey());
    }

    public static String bearer(String role, String... claims) {
        return "Bearer " + forRole(role, claims);
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("dev-keys/dev-private-key.pem")) {
                if (in == null) throw new IllegalStateException("dev-keys/dev-private-key.pem not on the test classpath");
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the development private key", e);
            }
        }
        return key;
    }
}
