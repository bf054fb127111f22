package fr.cfa.backoffice.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cfa.backoffice.platform.jobs.ScheduledRuns;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys for creations (the {@code Idempotency-Key} header): a retry of a POST with the same key and
 * the same body answers what the first one created, instead of creating it twice. A key belongs to its caller:
 * its organisation and its token's issuer and subject, so one partner's key never answers another's request.
 * A key is kept for {@code backoffice.idempotency.retention} (24 h by default), then may be used afresh.
 *
 * <p>Used by the domain inside the creation's transaction: {@link #claim} first, then create with the returned
 * id, or, on a replay, read what that id names. The row commits or rolls back with the creation.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    /** Canonical JSON for the request hash: the same body hashes the same whatever its field order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @ConfigProperty(name = "backoffice.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /**
     * The id under which to create, and whether this call replays an earlier one.
     *
     * @param resourceId for a first call, the id the creation will use; for a replay, the id the first call created
     */
    public record Claim(UUID resourceId, boolean replayed) {}

    /**
     * Claims {@code key} for {@code operation} (e.g. {@code submitApplication}) on behalf of {@code caller}. Without
     * a key, the creation simply goes ahead under {@code newResourceId}.
     *
     * @throws InvalidParameterException           (400) a key that is blank or longer than 200 characters
     * @throws BusinessRuleViolationException (422, idempotency-key-reused) the key was used for another body
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(Caller caller, String operation, String key, Object request, UUID newResourceId) {
        if (key == null) return new Claim(newResourceId, false);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidParameterException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            // A live key conflicts; an expired one is taken over as if it were new.
            try (PreparedStatement insert = connection.prepareStatement("insert into idempotency_record (organisation, issuer, subject, "
                    + "operation, idempotency_key, request_hash, resource_id, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict (organisation, issuer, subject, operation, idempotency_key) do update set request_hash = excluded.request_hash, "
                    + "resource_id = excluded.resource_id, created_at = excluded.created_at, expires_at = excluded.expires_at "
                    + "where idempotency_record.expires_at <= excluded.created_at")) {
                insert.setString(1, caller.organisation());
                insert.setString(2, caller.issuer());
                insert.setString(3, caller.subject());
                insert.setString(4, operation);
                insert.setString(5, key);
                insert.setString(6, hash);
                insert.setObject(7, newResourceId);
                insert.setObject(8, now);
                insert.setObject(9, now.plus(retention));
                if (insert.executeUpdate() == 1) return new Claim(newResourceId, false);
            }
            try (PreparedStatement select = connection.prepareStatement("select request_hash, resource_id from idempotency_record "
                    + "where organisation = ? and issuer = ? and subject = ? and operation = ? and idempotency_key = ?")) {
                select.setString(1, caller.organisation());
                select.setString(2, caller.issuer());
                select.setString(3, caller.subject());
                select.setString(4, operation);
                select.setString(5, key);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (!hash.equals(row.getString(1))) {
                        throw new BusinessRuleViolationException("idempotency-key-reused",
                                "Idempotency-Key " + key + " was already used for a different request", Map.of("idempotencyKey", key));
                    }
                    return new Claim(row.getObject(2, UUID.class), true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key could not be claimed", e);
        }
    }

    /** Expired keys are only dead weight: they can no longer answer a retry. One replica purges per hour of the clock. */
    @Scheduled(every = "${backoffice.idempotency.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        if (!runs.claim("idempotency-purge", LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).toString())) return;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from idempotency_record where expires_at <= ?")) {
            delete.setObject(1, OffsetDateTime.now(clock));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Expired idempotency keys could not be purged", e);
        }
    }

    static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
