package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.placement.rest.TestData;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    PlatformSecurityTest() {
        super(new Sample("/api/v1/employers", Roles.PLACEMENT_OFFICER, "/api/v1/employers", Roles.PLACEMENT_OFFICER,
                text -> "{\"legalName\":\"" + text + "\",\"siret\":\"" + TestData.newSiret() + "\",\"kind\":\"OTHER\",\"sector\":\"PUBLIC\"}",
                "legalName", true));
    }
}
