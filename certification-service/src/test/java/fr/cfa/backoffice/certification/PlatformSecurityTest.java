package fr.cfa.backoffice.certification;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    PlatformSecurityTest() {
        super(new Sample("/api/v1/sessions", Roles.CERTIFICATION_OFFICER, "/api/v1/sessions", Roles.CERTIFICATION_OFFICER,
                text -> "{\"date\":\"2027-06-24\",\"place\":\"" + text + "\",\"capacity\":12,\"jury\":[{\"name\":\"A\",\"professional\":true},{\"name\":\"B\",\"professional\":true}]}",
                "place", true));
    }
}
