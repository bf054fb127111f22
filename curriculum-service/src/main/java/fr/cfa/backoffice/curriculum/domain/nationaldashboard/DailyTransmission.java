package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import fr.cfa.backoffice.curriculum.persistence.TransmissionRepository;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.time.ClockMoved;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;

/**
 * Every CFA sends its learners to the national dashboard daily (OBLIGATIONS.md §1). Once a day of the suite's clock,
 * from curriculum.national-dashboard.daily-at (Europe/Paris), the day is claimed in the database, so one replica sends;
 * a claim whose replica died before its transmission ended is taken over after Transmissions.STALE_AFTER by the next
 * check on any replica. Simulated time moving the clock runs it too. No URL or no key: nothing runs, and readiness is not affected.
 */
@ApplicationScoped
public class DailyTransmission {
    private static final Logger LOG = Logger.getLogger(DailyTransmission.class);

    @Inject
    Transmissions transmissions;

    @Inject
    TransmissionRepository repository;

    @Inject
    NationalDashboardConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${curriculum.national-dashboard.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runIfDue();
    }

    void onClockMoved(@Observes ClockMoved moved) {
        runIfDue();
    }

    /** @return true when this call ran the day's transmission */
    public boolean runIfDue() {
        if (!transmissions.configured()) return false;
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.toLocalTime().isBefore(config.dailyAt())) return false;
        OffsetDateTime at = now.toOffsetDateTime();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> repository.claimDay(now.toLocalDate(), at, at.minus(Transmissions.STALE_AFTER)));
        if (!claimed) return false;
        try {
            transmissions.run(Transmissions.Trigger.DAILY, null);
        } catch (ConflictException e) {
            LOG.infof("Daily national dashboard transmission of %s skipped: %s", now.toLocalDate(), e.getMessage());
        }
        return true;
    }
}
