package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.api.CalendarView;
import fr.cfa.backoffice.curriculum.api.CalendarWeekView;
import fr.cfa.backoffice.curriculum.api.CohortView;
import fr.cfa.backoffice.curriculum.api.ModuleHoursView;
import fr.cfa.backoffice.curriculum.api.PublicHolidayView;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import fr.cfa.backoffice.curriculum.domain.calendar.CohortCalendars;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The reads of cohorts: a page of them (two statements), one with its version, and its calendar (three statements). */
@ApplicationScoped
public class CohortQueries {
    @Inject
    CohortRepository cohorts;

    @Inject
    CohortCalendars calendars;

    /** @param status null for every status */
    public Page<CohortView> list(CohortStatus status, PageRequest page) {
        return cohorts.list(status, page).map(CohortViews::of);
    }

    public Versioned<CohortView> get(UUID id) {
        return CohortViews.versioned(cohort(id));
    }

    public CalendarView calendar(UUID id) {
        return calendarView(id, calendars.of(cohort(id)));
    }

    private CohortEntity cohort(UUID id) {
        return cohorts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("cohort", id));
    }

    private static CalendarView calendarView(UUID cohortId, CalendarPlanner.Calendar calendar) {
        List<CalendarWeekView> weeks = calendar.weeks().stream().map(w -> new CalendarWeekView(w.number(), w.monday(), w.sunday(), w.kind(),
                w.holidays().stream().map(h -> new PublicHolidayView(h.date(), h.name())).toList(), w.availableHours(),
                w.moduleHours().entrySet().stream().map(e -> new ModuleHoursView(e.getKey(), e.getValue())).toList())).toList();
        return new CalendarView(cohortId, weeks.get(0).monday(), weeks.get(weeks.size() - 1).sunday(),
                weeks.stream().filter(w -> w.kind() == WeekKind.CENTER).count(),
                weeks.stream().filter(w -> w.kind() == WeekKind.EMPLOYER).count(), weeks, calendar.warnings());
    }
}
