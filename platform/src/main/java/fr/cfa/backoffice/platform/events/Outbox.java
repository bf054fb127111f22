package fr.cfa.backoffice.platform.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional outbox: a service records the events of a change in its own database, in the
 * change's transaction. {@link OutboxRelay} publishes them after commit; a rollback discards them,
 * so an event exists on Kafka if and only if its change committed.
 */
@ApplicationScoped
public class Outbox {
    private static final Object WAKE_KEY = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /** The suite clock: an event's time is the domain's time (simulated time included). */
    @Inject
    Clock clock;

    /**
     * Records an event; must run inside the transaction of the change it reports.
     *
     * @param topic       a topic of docs/rules.md ("The public contract"), e.g. {@code curriculum.cohorts}
     * @param aggregateId the Kafka key and CloudEvents subject: keeps one aggregate's events in order
     * @param eventName   e.g. {@code CohortScheduled}
     * @param version     the version of the event's schema, part of the CloudEvents type
     * @param data        the event's data, a record serialised as JSON
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String aggregateId, String eventName, int version, Object data) {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, id.toString(), "/" + serviceName,
                EventEnvelope.typeOf(eventName, version), aggregateId, OffsetDateTime.now(clock),
                "application/json", EventCodec.toTree(data));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into outbox_event (event_id, topic, aggregate_id, event_type, payload) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, aggregateId);
            insert.setString(4, envelope.type());
            insert.setString(5, EventCodec.write(envelope));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record event in the outbox", e);
        }
        wakeRelayAfterCommit();
        return id;
    }

    /** Publishing right after commit keeps the hop short; the relay's polling covers the rest. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) return;
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) relay.wake();
            }
        });
    }
}
