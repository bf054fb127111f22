package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    private static long counter = System.nanoTime() % 1_000_000;

    /** A valid SIRET (Luhn) not used by another test. */
    private static String uniqueSiret() {
        String base = String.format("%013d", 8_100_000_000_000L + counter++);
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                sum += digit;
            }
            if (sum % 10 == 0) return candidate;
        }
        throw new IllegalStateException();
    }

    @Override
    protected String readPath() {
        return "/api/v1/employers";
    }

    @Override
    protected String readRole() {
        return Roles.PLACEMENT_OFFICER;
    }

    @Override
    protected String createPath() {
        return "/api/v1/employers";
    }

    @Override
    protected String createRole() {
        return Roles.PLACEMENT_OFFICER;
    }

    @Override
    protected String createBody(String text) {
        return "{\"legalName\":\"" + text + "\",\"siret\":\"" + uniqueSiret() + "\",\"kind\":\"OTHER\",\"sector\":\"PUBLIC\"}";
    }

    @Override
    protected String textField() {
        return "legalName";
    }
}
