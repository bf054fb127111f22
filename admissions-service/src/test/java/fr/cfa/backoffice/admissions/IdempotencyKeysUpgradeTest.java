package fr.cfa.backoffice.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the keys admissions kept in idempotency_key (up to V6) become platform's idempotency_record rows (V7),
 * so a database upgraded in place keeps them. Migrates a schema of its own to V6, stores a key, then migrates it on.
 */
@QuarkusTest
class IdempotencyKeysUpgradeTest {
    static final String[] LOCATIONS = {"classpath:db/platform", "classpath:db/migration"};

    @Test
    void a_key_kept_before_the_upgrade_is_a_submit_application_record_expiring_a_day_after_its_claim() throws Exception {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        flyway(url, user, password, schema).target("6").load().migrate();

        UUID application = UUID.randomUUID();
        String prescriber = UUID.randomUUID().toString();
        OffsetDateTime claimedAt = OffsetDateTime.of(2026, 11, 20, 13, 32, 5, 0, ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setSchema(schema);
            try (PreparedStatement insert = c.prepareStatement("insert into idempotency_key (organisation, issuer, subject, idempotency_key, "
                    + "request_hash, application_id, created_at) values (?, 'portal', 'portal-client', 'key-1', ?, ?, ?)")) {
                insert.setString(1, prescriber);
                insert.setString(2, "a".repeat(64));
                insert.setObject(3, application);
                insert.setObject(4, claimedAt);
                insert.executeUpdate();
            }
        }

        flyway(url, user, password, schema).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setSchema(schema);
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("select organisation, issuer, subject, operation, idempotency_key, request_hash, resource_id, "
                         + "created_at, expires_at from idempotency_record")) {
                assertTrue(row.next());
                assertEquals(prescriber, row.getString("organisation"));
                assertEquals("portal", row.getString("issuer"));
                assertEquals("portal-client", row.getString("subject"));
                assertEquals("submitApplication", row.getString("operation"));
                assertEquals("key-1", row.getString("idempotency_key"));
                assertEquals("a".repeat(64), row.getString("request_hash"));
                assertEquals(application, row.getObject("resource_id", UUID.class));
                assertEquals(claimedAt.toInstant(), row.getObject("created_at", OffsetDateTime.class).toInstant());
                assertEquals(claimedAt.plusHours(24).toInstant(), row.getObject("expires_at", OffsetDateTime.class).toInstant());
                assertFalse(row.next());
            }
            try (Statement s = c.createStatement();
                 ResultSet table = s.executeQuery("select to_regclass('idempotency_key') is null, "
                         + "(select count(*) from pg_indexes where schemaname = current_schema() and indexname = 'idempotency_record_expiry')")) {
                table.next();
                assertTrue(table.getBoolean(1), "idempotency_key is gone");
                assertEquals(1, table.getInt(2), "expiry index");
            }
            // The key is now scoped by operation too: the same key for another operation is another record.
            try (Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("insert into idempotency_record (organisation, issuer, subject, operation, idempotency_key, request_hash, resource_id, "
                        + "created_at, expires_at) select organisation, issuer, subject, 'publishOffer', "
                        + "idempotency_key, request_hash, resource_id, created_at, expires_at from idempotency_record"));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password, String schema) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true).locations(LOCATIONS);
    }
}
