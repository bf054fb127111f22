package fr.cfa.backoffice.platform.privacy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The people a service has erased (GDPR art. 17; docs/rules.md, "Privacy"), by candidateId only: an event that
 * arrives later about them (a replay, a late delivery) cannot bring their data back. Remembered even for a person the
 * service has not heard of yet. Table {@code erased_candidate} (db/platform/R__erasure_register.sql).
 */
@ApplicationScoped
public class ErasureRegister {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** Remembers the erasure in the caller's transaction; a second call for the same person changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID candidateId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into erased_candidate (candidate_id, erased_at) values (?, ?) on conflict (candidate_id) do nothing")) {
            insert.setObject(1, candidateId);
            insert.setObject(2, OffsetDateTime.now(clock));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Erasure could not be remembered", e);
        }
    }

    public boolean isErased(UUID candidateId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select 1 from erased_candidate where candidate_id = ?")) {
            select.setObject(1, candidateId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Erasures could not be read", e);
        }
    }
}
