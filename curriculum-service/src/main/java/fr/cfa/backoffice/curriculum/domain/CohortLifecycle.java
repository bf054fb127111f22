package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.config.CohortLifecycleConfig;
import fr.cfa.backoffice.curriculum.domain.calendar.CohortCalendars;
import fr.cfa.backoffice.curriculum.events.CohortAnnouncements;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.jobs.ScheduledRuns;
import fr.cfa.backoffice.platform.time.ClockMoved;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Moves cohorts along with the calendar: OPEN until their start, RUNNING during the cycle, CLOSED after
 * it; each change is announced as CohortUpdated (admissions stops taking applications for it).
 */
@ApplicationScoped
public class CohortLifecycle {
    private static final Logger LOG = Logger.getLogger(CohortLifecycle.class);
    /** The job's name in scheduled_run; a run's key is its day. */
    static final String JOB = "cohort-lifecycle";

    @Inject
    CohortRepository cohorts;

    @Inject
    Outbox outbox;

    @Inject
    CohortCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Inject
    CohortLifecycleConfig config;

    void announce(@Observes StartupEvent event) {
        LOG.infof("Cohort lifecycle checked every %s; of the replicas, one does each day's run", config.checkEvery());
    }

    /**
     * Checked every few minutes rather than fired once at midnight: the first check of a day (of the suite's clock, in
     * Europe/Paris) on any replica does the day's run, and a day missed while every replica was down, or whose run died
     * with its replica, is done at the next check.
     */
    @Scheduled(every = "${curriculum.cohort-lifecycle.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        daily();
    }

    /**
     * Today's run, once across replicas: claimed in the run's own transaction (ScheduledRuns), so a second replica
     * skips it and a run that rolls back is done again.
     *
     * @return true when this call did today's run
     */
    @Transactional
    public boolean daily() {
        LocalDate today = today();
        if (!runs.claim(JOB, today.toString())) return false;
        advance(today);
        return true;
    }

    /** The centre's today: the suite clock's day in Europe/Paris, whatever the JVM's or the database's zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Simulated time moved the clock: catch up before the move answers. One run for the new today is enough, since a run
     * moves every cohort whose start or end has passed, however long ago.
     */
    void onClockMoved(@Observes ClockMoved moved) {
        daily();
    }

    /** @return how many cohorts changed status */
    @Transactional
    public int advance(LocalDate today) {
        return advance(today, c -> true);
    }

    /**
     * The same run, limited to the cohorts {@code only} accepts (a test moves its own cohorts, and no one else's).
     *
     * @return how many of those cohorts changed status
     */
    @Transactional
    public int advance(LocalDate today, Predicate<UUID> only) {
        List<CohortEntity> starting = cohorts.startedBy(today).stream().filter(c -> only.test(c.id)).toList();
        List<CohortEntity> ending = cohorts.endedBefore(today).stream().filter(c -> only.test(c.id)).toList();
        starting.forEach(c -> c.status = CohortStatus.RUNNING);
        ending.forEach(c -> c.status = CohortStatus.CLOSED);
        Set<CohortEntity> changed = new LinkedHashSet<>(starting);
        changed.addAll(ending);
        changed.forEach(c -> outbox.record(CurriculumTopics.COHORTS, c.id.toString(), CohortUpdatedV1.NAME, CohortUpdatedV1.VERSION,
                CohortAnnouncements.updated(c, calendars.of(c))));
        return changed.size();
    }
}
