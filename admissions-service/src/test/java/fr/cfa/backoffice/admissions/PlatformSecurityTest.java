package fr.cfa.backoffice.admissions;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    @Override
    protected String readPath() {
        return "/api/v1/cohorts";
    }

    @Override
    protected String readRole() {
        return Roles.MANAGER;
    }

    @Override
    protected String createPath() {
        return "/api/v1/eligibility-checks";
    }

    @Override
    protected String createRole() {
        return Roles.ADMISSIONS_OFFICER;
    }

    @Override
    protected String createBody(String text) {
        return "{\"startDate\":\"2027-01-04\",\"birthDate\":\"2000-01-01\",\"highestQualification\":{\"level\":\"3\",\"title\":\"" + text + "\",\"socialField\":true}}";
    }

    @Override
    protected boolean createsWithLocation() {
        return false;
    }

    @Override
    protected String textField() {
        return "highestQualification.title";
    }
}
