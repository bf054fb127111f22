package fr.cfa.backoffice.curriculum.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/** The service's outbox as the relay sees it, read in the test's JVM (the application's own datasource). */
public final class OutboxRows {
    private OutboxRows() {}

    public record Row(String type, boolean published, int attempts, String lastError) {}

    /** The outbox rows recorded for {@code key} (an aggregate id), oldest first. */
    public static List<Row> of(String key) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select event_type, published_at is not null, attempts, last_error from outbox_event where aggregate_id = ? order by sequence_no")) {
            s.setString(1, key);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) rows.add(new Row(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every event recorded for {@code key} is acknowledged by Kafka, so that a sentinel sent next lands after
     * all of them ({@code KafkaTestClient.recordsBeforeSentinel}).
     */
    public static void awaitAllPublished(String key) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(key).stream().allMatch(Row::published));
    }
}
