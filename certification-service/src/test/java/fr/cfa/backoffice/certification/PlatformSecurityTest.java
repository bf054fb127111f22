package fr.cfa.backoffice.certification;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    @Override
    protected String readPath() {
        return "/api/v1/sessions";
    }

    @Override
    protected String readRole() {
        return Roles.CERTIFICATION_OFFICER;
    }

    @Override
    protected String createPath() {
        return "/api/v1/sessions";
    }

    @Override
    protected String createRole() {
        return Roles.CERTIFICATION_OFFICER;
    }

    @Override
    protected String createBody(String text) {
        return "{\"date\":\"2027-06-24\",\"place\":\"" + text + "\",\"capacity\":12,\"jury\":[{\"name\":\"A\",\"professional\":true},{\"name\":\"B\",\"professional\":true}]}";
    }

    @Override
    protected String textField() {
        return "place";
    }
}
