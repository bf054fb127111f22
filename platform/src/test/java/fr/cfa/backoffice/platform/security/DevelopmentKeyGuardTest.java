package fr.cfa.backoffice.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Finding 12: production never trusts the committed development key pair or issuer. */
class DevelopmentKeyGuardTest {
    private static final String DEV_KEY = read("../deploy/local/dev-keys/dev-public-key.pem");
    private static final String OTHER_KEY = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEx8JmQmG7bq6XvyGS0CkTg7UHZNQH
            qe5c4JWfZ0mTMsVsBzGGGM9JqJN7s1EurA3kDt3rbdF2bsFV2fTvBcDTSg==
            -----END PUBLIC KEY-----
            """;

    @Test
    void the_development_issuer_stops_a_production_start() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.refuseDevelopmentTrust("cfa-backoffice-dev", OTHER_KEY));
        assertTrue(refused.getMessage().contains("JWT_ISSUER"));
    }

    @Test
    void the_committed_development_key_stops_a_production_start_whatever_its_line_breaks() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.refuseDevelopmentTrust("https://idp.cfa.example", DEV_KEY.replace("\n", "\r\n")));
        assertTrue(refused.getMessage().contains("DEVELOPMENT"));
    }

    @Test
    void the_identity_providers_key_and_issuer_start() {
        assertDoesNotThrow(() -> DevelopmentKeyGuard.refuseDevelopmentTrust("https://idp.cfa.example", OTHER_KEY));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
