package fr.cfa.backoffice.platform.events;

import fr.cfa.backoffice.platform.problem.ApiException;
import fr.cfa.backoffice.platform.web.cache.PublicResponseCache;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies consumed events once in effect: the event id is recorded in {@code inbox_event} in the same
 * transaction as the event's effect, so a redelivery finds it and changes nothing.
 *
 * <p>A poison event (unreadable, unknown version, refused by a rule) throws {@link PoisonEventException};
 * the messaging channel's dead-letter strategy then parks it with that reason and moves on. A transient
 * failure (database down) is retried with backoff before being parked, so good events are not lost to a blip.
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackboneConfig config;

    @Inject
    EventMetrics metrics;

    @Inject
    PublicResponseCache publicAnswers;

    /**
     * @param consumer the consumer's name, unique in the service (e.g. {@code cohorts-read-model})
     * @return true when the event was applied now, false when ignored or already applied
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, EventRouter router) {
        EventEnvelope envelope;
        EventRouter.Route<?> route;
        Object data;
        try {
            envelope = EventCodec.read(record.value());
            route = router.routeFor(envelope);
            if (route == null) {
                metrics.consumed(consumer, envelope.type(), "ignored");
                return false;
            }
            data = route.decode(envelope);
        } catch (PoisonEventException e) {
            throw park(consumer, record, e);
        }
        int attempts = Math.max(1, config.consumer().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, envelope)) return false;
                    route.apply(envelope, data);
                    publicAnswers.changesInThisTransaction(); // the public answers computed from the read model are recomputed
                    return true;
                });
                metrics.consumed(consumer, envelope.type(), applied ? "applied" : "duplicate");
                return applied;
            } catch (PoisonEventException e) {
                throw park(consumer, record, e);
            } catch (ApiException e) { // a domain rule refuses the event: retrying cannot help
                throw park(consumer, record, new PoisonEventException(envelope.type() + " refused: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw park(consumer, record, new PoisonEventException(
                            "gave up after " + attempts + " attempts: " + rootMessage(e), e));
                }
                LOG.warnf("Applying event %s (%s) failed, attempt %d of %d: %s", envelope.id(), envelope.type(), attempt, attempts, rootMessage(e));
                sleep(config.consumer().retryBackoff().toMillis() * attempt);
            }
        }
    }

    private boolean firstDelivery(String consumer, EventEnvelope envelope) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into inbox_event (consumer, event_id, event_type, source) values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, consumer);
            insert.setString(2, envelope.id());
            insert.setString(3, envelope.type());
            insert.setString(4, envelope.source());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox unavailable: " + e.getMessage(), e);
        }
    }

    private PoisonEventException park(String consumer, ConsumerRecord<String, String> record, PoisonEventException e) {
        // Only coordinates and the reason: event data may carry personal data and stays out of logs.
        LOG.warnf("Parking event from %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(), consumer, e.getMessage());
        metrics.parked(consumer, record.topic());
        return e;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
