package fr.cfa.backoffice.platform.jobs;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a scheduled job run once across the replicas of a service: each run (a job and a key, such as the day of a
 * daily job) is claimed by a row in the service's database, in the transaction that does the run's work. A second
 * replica claiming the same run waits on the row's key until the first one's transaction ends: it then skips the run if
 * the first committed, and does it if the first rolled back (it failed, or its instance died), so no run is lost either.
 */
@ApplicationScoped
public class ScheduledRuns {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "backoffice.instance-id")
    String instanceId;

    /** How long a run's record is kept: long enough to answer "did the job run on that day", then dead weight. */
    @ConfigProperty(name = "backoffice.scheduled-runs.retention", defaultValue = "P400D")
    Duration retention;

    /**
     * Claims run {@code runKey} of {@code job} in the caller's transaction, which must do the run's work.
     *
     * @return true when this instance is to do the run; false when another did, or is doing, it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, String runKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into scheduled_run (job, run_key, instance_id, ran_at) values (?, ?, ?, ?) on conflict do nothing");
             PreparedStatement prune = connection.prepareStatement("delete from scheduled_run where job = ? and ran_at < ?")) {
            insert.setString(1, job);
            insert.setString(2, runKey);
            insert.setString(3, instanceId);
            insert.setObject(4, now);
            if (insert.executeUpdate() != 1) return false;
            prune.setString(1, job);
            prune.setObject(2, now.minus(retention));
            prune.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Run " + runKey + " of " + job + " could not be claimed", e);
        }
    }
}
