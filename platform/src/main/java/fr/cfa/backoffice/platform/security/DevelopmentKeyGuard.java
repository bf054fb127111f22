package fr.cfa.backoffice.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stops a production start that trusts the committed DEVELOPMENT key pair or the development issuer:
 * anyone can mint tokens with that key (it is in the repository). Local runs (deploy/local) set the
 * dev key through the environment on purpose and say so with {@code BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED=true}.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {
    private static final Logger LOG = Logger.getLogger(DevelopmentKeyGuard.class);
    /** The issuer the development tokens carry (deploy/local/token.sh, TestTokens). */
    public static final String DEVELOPMENT_ISSUER = "cfa-backoffice-dev";
    /** The committed development public key (deploy/local/dev-keys/dev-public-key.pem), packaged by platform/pom.xml. */
    static final String DEVELOPMENT_KEY_MARKER_RESOURCE = "META-INF/backoffice/dev-public-key.pem";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "backoffice.development-keys-allowed", defaultValue = "false")
    boolean developmentKeysAllowed;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) return;
        if (developmentKeysAllowed) {
            LOG.warn("BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED=true: the development key and issuer are accepted. Local runs only.");
            return;
        }
        refuseDevelopmentTrust(issuer.orElse(null), publicKeyLocation.map(DevelopmentKeyGuard::read).orElse(null));
    }

    /** Throws when the issuer or the key is the development one; the exception stops the start. */
    public static void refuseDevelopmentTrust(String configuredIssuer, String configuredKeyPem) {
        if (DEVELOPMENT_ISSUER.equals(configuredIssuer)) {
            throw new IllegalStateException("Refusing to start in the prod profile: JWT_ISSUER is the development issuer '"
                    + DEVELOPMENT_ISSUER + "'. Set the identity provider's issuer.");
        }
        if (configuredKeyPem != null && normalise(configuredKeyPem).equals(normalise(developmentKeyPem()))) {
            throw new IllegalStateException("Refusing to start in the prod profile: JWT_PUBLIC_KEY_LOCATION is the committed "
                    + "DEVELOPMENT public key (deploy/local/dev-keys). Set the identity provider's key.");
        }
    }

    private static String developmentKeyPem() {
        try (InputStream in = DevelopmentKeyGuard.class.getClassLoader().getResourceAsStream(DEVELOPMENT_KEY_MARKER_RESOURCE)) {
            if (in == null) throw new IllegalStateException(DEVELOPMENT_KEY_MARKER_RESOURCE + " missing from platform");
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String read(String location) {
        try {
            if (location.startsWith("file:")) return Files.readString(Path.of(URI.create(location)));
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in != null) return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            Path path = Path.of(location);
            return Files.exists(path) ? Files.readString(path) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null; // SmallRye JWT reports an unreadable key itself
        }
    }
}
