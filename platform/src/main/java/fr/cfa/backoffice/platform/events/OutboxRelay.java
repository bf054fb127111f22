package fr.cfa.backoffice.platform.events;

import fr.cfa.backoffice.platform.time.RealTime;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka, oldest first, on one thread per service instance (a PostgreSQL
 * advisory lock keeps it to one relay per database), so events keep their order per aggregate.
 * A row is marked published only once Kafka acknowledged it; while Kafka is down the relay backs
 * off and retries, and nothing is lost. Delivery is at least once: consumers are idempotent.
 */
@RealTime("the relay's retries, bookkeeping and housekeeping are operations, not the domain's time")
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L; // "outbox"

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackboneConfig config;

    @Inject
    EventMetrics metrics;

    @Inject
    KafkaConnection kafka;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private volatile Producer<String, String> producer;
    private long lastHousekeeping;

    void start(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUps.release();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) producer.close(Duration.ofSeconds(2));
    }

    /** Called after a transaction that recorded events committed. */
    public void wake() {
        wakeUps.release();
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.putAll(kafka.settings("outbox-relay"));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5"); // ordered with idempotence
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        long delivery = config.outbox().deliveryTimeout().toMillis();
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(delivery));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(delivery, 30_000L)));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(config.outbox().maxBlock().toMillis()));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    private void run() {
        long backoff = config.outbox().initialBackoff().toMillis();
        while (running) {
            try {
                Drain drain = drainOnce();
                housekeeping();
                if (drain.failed()) {
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, config.outbox().maxBackoff().toMillis());
                    continue;
                }
                backoff = config.outbox().initialBackoff().toMillis();
                if (drain.published() < config.outbox().batchSize()) {
                    wakeUps.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // typically the database is unreachable: wait and try again
                LOG.warnf("Outbox relay cycle failed, retrying in %d ms: %s", backoff, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, config.outbox().maxBackoff().toMillis());
            }
        }
    }

    private record Pending(long sequence, String eventId, String topic, String key, String type, String payload) {}

    private record Drain(int published, boolean failed) {}

    private Drain drainOnce() {
        int txTimeout = (int) (config.outbox().deliveryTimeout().toSeconds() + config.outbox().maxBlock().toSeconds() + 30);
        return QuarkusTransaction.requiringNew().timeout(txTimeout).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLock(connection)) return new Drain(0, false);
                List<Pending> batch = loadBatch(connection);
                if (batch.isEmpty()) return new Drain(0, false);
                List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
                RuntimeException sendFailure = null;
                for (Pending event : batch) {
                    Future<RecordMetadata> send;
                    try {
                        send = producer.send(toRecord(event));
                    } catch (RuntimeException e) {
                        sendFailure = e;
                        break;
                    }
                    sends.add(send);
                    // A send that failed at once (e.g. no metadata within max.block.ms) must stop the batch:
                    // the events behind it would otherwise overtake it once Kafka answers again.
                    if (send.isDone() && failed(send)) break;
                }
                List<Long> published = new ArrayList<>();
                String error = sendFailure == null ? null : String.valueOf(sendFailure.getMessage());
                for (int i = 0; i < sends.size(); i++) {
                    try {
                        sends.get(i).get();
                        published.add(batch.get(i).sequence());
                        metrics.published(batch.get(i).topic(), batch.get(i).type());
                    } catch (Exception e) {
                        error = e.getCause() != null ? e.getCause().toString() : e.toString();
                        // Keep order: drop whatever is still queued behind the failed event; all of it is
                        // retried, after it, by a fresh producer.
                        if (i + 1 < sends.size()) resetProducer();
                        break;
                    }
                }
                markPublished(connection, published);
                if (error != null) {
                    Pending failed = batch.get(published.size());
                    metrics.publishFailed(failed.topic());
                    recordFailure(connection, failed.sequence(), error);
                    LOG.warnf("Kafka unavailable, %d event(s) wait in the outbox: %s", batch.size() - published.size(), error);
                }
                return new Drain(published.size(), error != null);
            }
        });
    }

    private static boolean failed(Future<RecordMetadata> send) {
        try {
            send.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private void resetProducer() {
        producer.close(Duration.ZERO);
        producer = new KafkaProducer<>(producerProperties());
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Pending> loadBatch(Connection connection) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select sequence_no, event_id, topic, aggregate_id, event_type, payload from outbox_event "
                        + "where published_at is null order by sequence_no limit ?")) {
            select.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return batch;
    }

    private static ProducerRecord<String, String> toRecord(Pending event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        // Headers repeat the envelope's id and type so tools can filter without parsing the value.
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void markPublished(Connection connection, List<Long> sequences) throws SQLException {
        if (sequences.isEmpty()) return;
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null where sequence_no = any (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", sequences.toArray()));
            update.executeUpdate();
        }
    }

    private static void recordFailure(Connection connection, long sequence, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where sequence_no = ?")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setLong(2, sequence);
            update.executeUpdate();
        }
    }

    /** Refreshes the backlog gauges and, hourly, removes events published longer ago than the retention. */
    private void housekeeping() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement stats = connection.prepareStatement(
                        "select count(*), coalesce(extract(epoch from now() - min(created_at)) * 1000, 0) "
                                + "from outbox_event where published_at is null");
                     ResultSet rs = stats.executeQuery()) {
                    rs.next();
                    metrics.outboxState(rs.getLong(1), rs.getLong(2));
                }
                long now = System.currentTimeMillis();
                if (now - lastHousekeeping > 3_600_000L) {
                    lastHousekeeping = now;
                    try (PreparedStatement purge = connection.prepareStatement(
                            "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
                        purge.setLong(1, config.outbox().retention().toSeconds());
                        purge.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
