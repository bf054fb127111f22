package fr.cfa.backoffice.curriculum;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.PlatformSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicInteger;

/** Issue 9, findings 1, 5, 11, 12, 13 on this service (the rules live in platform's test-jar). */
@QuarkusTest
class PlatformSecurityTest extends PlatformSecurityContract {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    PlatformSecurityTest() {
        super(new Sample("/api/v1/cohorts", Roles.MANAGER, "/api/v1/cohorts", Roles.TRAINER,
                text -> "{\"code\":\"SEC-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000 + "\",\"startDate\":\"2031-01-06\",\"capacity\":12,\"place\":\"" + text + "\"}",
                "place", true));
    }
}
