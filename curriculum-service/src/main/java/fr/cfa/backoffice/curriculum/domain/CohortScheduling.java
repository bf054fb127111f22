package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.api.CohortView;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import fr.cfa.backoffice.curriculum.domain.calendar.CohortCalendars;
import fr.cfa.backoffice.curriculum.events.CohortAnnouncements;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Schedules cohorts on the active programme version and announces them (CohortScheduled). */
@ApplicationScoped
public class CohortScheduling {
    @Inject
    CohortRepository cohorts;

    @Inject
    ProgrammeVersionRepository programmes;

    @Inject
    Outbox outbox;

    @Inject
    CohortCalendars calendars;

    @Inject
    Clock clock;

    /** @return the cohort, and its version for the ETag */
    @Transactional
    public Versioned<CohortView> schedule(NewCohort request, Caller scheduledBy) {
        CycleDates.startDayProblem(request.startDate()).ifPresent(problem -> {
            throw new BusinessRuleViolationException("cohort-start-not-monday", problem,
                    Map.of("startDate", request.startDate().toString()));
        });
        if (cohorts.codeTaken(request.code())) {
            throw new ConflictException("duplicate-cohort-code", "A cohort with code " + request.code() + " already exists",
                    Map.of("code", request.code()));
        }
        ProgrammeVersionEntity programme = programmes.findActive()
                .orElseThrow(() -> new ResourceNotFoundException("active programme version", "MSADS"));

        CohortEntity cohort = new CohortEntity();
        cohort.id = UUID.randomUUID();
        cohort.code = request.code();
        cohort.startDate = request.startDate();
        AlternanceRhythm rhythm = request.rhythm() == null ? AlternanceRhythm.ONE_AND_ONE : request.rhythm();
        CalendarPlanner.Calendar calendar = calendars.plan(request.startDate(), rhythm, programme);
        cohort.endDate = CycleDates.endDate(request.startDate(), programme.centerWeeks, programme.employerWeeks);
        cohort.place = request.place();
        cohort.initialCenterWeeks = rhythm.initialCenterWeeks();
        cohort.centerWeeksPerCycle = rhythm.centerWeeks();
        cohort.employerWeeksPerCycle = rhythm.employerWeeks();
        cohort.capacity = request.capacity();
        cohort.status = CohortStatus.OPEN;
        cohort.programmeVersionId = programme.id;
        cohort.createdBy = scheduledBy.name();
        cohort.createdAt = OffsetDateTime.now(clock);
        cohorts.persist(cohort);

        outbox.record(CurriculumTopics.COHORTS, cohort.id.toString(), CohortScheduledV1.NAME, CohortScheduledV1.VERSION, CohortAnnouncements.scheduled(cohort, calendar));
        return CohortViews.versioned(cohort);
    }
}
