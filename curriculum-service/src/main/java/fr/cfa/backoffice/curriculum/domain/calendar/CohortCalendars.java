package fr.cfa.backoffice.curriculum.domain.calendar;

import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/** The calendar of a cohort on its own programme version (a revised programme does not move running cohorts). */
@ApplicationScoped
public class CohortCalendars {
    @Inject
    ProgrammeVersionRepository programmes;

    public CalendarPlanner.Calendar plan(LocalDate start, AlternanceRhythm rhythm, ProgrammeVersionEntity programme) {
        rhythm.problemWith(programme.centerWeeks, programme.employerWeeks).ifPresent(problem -> {
            throw new BusinessRuleViolationException("rhythm-cannot-produce-calendar", "This rhythm cannot lay out "
                    + programme.centerWeeks + " centre + " + programme.employerWeeks + " employer weeks: " + problem,
                    Map.of("initialCenterWeeks", rhythm.initialCenterWeeks(), "centerWeeks", rhythm.centerWeeks(), "employerWeeks", rhythm.employerWeeks()));
        });
        return CalendarPlanner.plan(start, rhythm, programme.centerWeeks, programme.employerWeeks,
                programme.modules.stream().map(m -> new CalendarPlanner.Module(m.code, m.plannedHours, m.certificationExam)).toList());
    }

    public CalendarPlanner.Calendar of(CohortEntity cohort) {
        ProgrammeVersionEntity programme = programmes.findByIdOptional(cohort.programmeVersionId)
                .orElseThrow(() -> new ResourceNotFoundException("programme version", cohort.programmeVersionId));
        return plan(cohort.startDate, cohort.rhythm(), programme);
    }

}
