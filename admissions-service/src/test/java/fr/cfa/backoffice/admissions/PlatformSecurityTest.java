package fr.cfa.backoffice.admissions;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    PlatformSecurityTest() {
        super(new Sample("/api/v1/cohorts", Roles.MANAGER, "/api/v1/eligibility-checks", Roles.ADMISSIONS_OFFICER,
                text -> "{\"startDate\":\"2027-01-04\",\"birthDate\":\"2000-01-01\",\"highestQualification\":{\"level\":\"3\",\"title\":\"" + text + "\",\"socialField\":true}}",
                "highestQualification.title", false /* a stateless check */));
    }
}
