package fr.cfa.backoffice.curriculum;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    private static int counter;

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
        return "/api/v1/cohorts";
    }

    @Override
    protected String createRole() {
        return Roles.TRAINER;
    }

    @Override
    protected String createBody(String text) {
        return "{\"code\":\"SEC-" + (++counter) + "-" + System.nanoTime() % 100000 + "\",\"startDate\":\"2031-01-06\",\"capacity\":12,\"place\":\"" + text + "\"}";
    }

    @Override
    protected String textField() {
        return "place";
    }
}
