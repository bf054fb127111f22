package fr.cfa.backoffice.curriculum.domain.attendance;

import fr.cfa.backoffice.curriculum.api.AttendanceAmendmentView;
import fr.cfa.backoffice.curriculum.api.AttendanceSheetView;
import fr.cfa.backoffice.curriculum.domain.TrainingCompletion;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import fr.cfa.backoffice.curriculum.domain.calendar.CohortCalendars;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.AttendanceAmendmentEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceAmendmentRepository;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkRepository;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetRepository;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Half-day attendance sheets of a cohort's centre weeks, and their corrections. */
@ApplicationScoped
public class AttendanceRegister {
    private static final Set<LearnerStatus> IN_TRAINING = Set.of(LearnerStatus.INSCRIT_SANS_CONTRAT, LearnerStatus.APPRENTI, LearnerStatus.RUPTURANT);

    @Inject
    CohortRepository cohorts;

    @Inject
    ProgrammeVersionRepository programmes;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    AttendanceSheetRepository sheets;

    @Inject
    AttendanceMarkRepository marks;

    @Inject
    AttendanceAmendmentRepository amendments;

    @Inject
    CohortCalendars calendars;

    @Inject
    TrainingCompletion completion;

    @Inject
    Clock clock;

    public record NewSheet(LocalDate date, HalfDay halfDay, String moduleCode, String trainer, Map<UUID, Mark> marks) {}

    @Transactional
    public AttendanceSheetView record(UUID cohortId, NewSheet sheet, Caller recordedBy) {
        CohortEntity cohort = cohorts.findByIdOptional(cohortId).orElseThrow(() -> new ResourceNotFoundException("cohort", cohortId));
        // a session cannot have been attended yet; last week's sheet, entered late, is fine
        NotInTheFuture.requireNotAfterToday("date", sheet.date(), clock);
        requireCenterDay(cohort, sheet.date());
        ProgrammeVersionEntity programme = programmes.findById(cohort.programmeVersionId);
        if (programme.modules.stream().noneMatch(m -> m.code.equals(sheet.moduleCode()))) {
            throw new BusinessRuleViolationException("unknown-module", "Module " + sheet.moduleCode() + " is not in the cohort's programme",
                    Map.of("moduleCode", sheet.moduleCode()));
        }
        if (sheets.exists(cohortId, sheet.date(), sheet.halfDay())) {
            throw new ConflictException("duplicate-attendance-sheet", "The " + sheet.halfDay() + " of " + sheet.date() + " already has a sheet; "
                    + "correct a mark with an amendment", Map.of("date", sheet.date().toString(), "halfDay", sheet.halfDay().name()));
        }
        List<EnrollmentEntity> learners = enrollments.inCohortWithStatus(cohortId, IN_TRAINING);
        Set<UUID> expected = learners.stream().map(e -> e.id).collect(Collectors.toSet());
        Set<UUID> strangers = new HashSet<>(sheet.marks().keySet());
        strangers.removeAll(expected);
        if (!strangers.isEmpty()) {
            throw new BusinessRuleViolationException("learner-not-in-cohort", "These enrollments are not learners in training in this cohort: " + strangers,
                    Map.of("enrollmentIds", strangers.stream().map(UUID::toString).sorted().toList()));
        }
        Set<UUID> missing = new HashSet<>(expected);
        missing.removeAll(sheet.marks().keySet());
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("attendance-marks-missing", "Every learner in training needs a mark; missing: " + missing,
                    Map.of("enrollmentIds", missing.stream().map(UUID::toString).sorted().toList()));
        }
        AttendanceSheetEntity entity = new AttendanceSheetEntity();
        entity.id = UUID.randomUUID();
        entity.cohortId = cohortId;
        entity.sessionDate = sheet.date();
        entity.halfDay = sheet.halfDay();
        entity.moduleCode = sheet.moduleCode();
        entity.trainer = sheet.trainer();
        entity.recordedBy = recordedBy.name();
        entity.recordedAt = OffsetDateTime.now(clock);
        sheets.persist(entity);
        List<AttendanceMarkEntity> recorded = new ArrayList<>();
        sheet.marks().forEach((enrollmentId, mark) -> {
            AttendanceMarkEntity m = new AttendanceMarkEntity();
            m.sheetId = entity.id;
            m.enrollmentId = enrollmentId;
            m.mark = mark;
            marks.persist(m);
            recorded.add(m);
        });
        // a new half-day may bring a learner's rate to the minimum
        learners.forEach(learner -> completion.check(learner, sheet.date()));
        return AttendanceViews.sheet(entity, recorded);
    }

    /** A correction is an explicit amendment: the old mark stays in the amendment's history. */
    @Transactional
    public AttendanceAmendmentView amend(UUID cohortId, UUID sheetId, UUID enrollmentId, Mark to, String reason, Caller amendedBy) {
        AttendanceSheetEntity sheet = sheets.inCohort(cohortId, sheetId).orElseThrow(() -> new ResourceNotFoundException("attendance sheet", sheetId));
        AttendanceMarkEntity mark = marks.of(sheet.id, enrollmentId).orElseThrow(() -> new BusinessRuleViolationException("learner-not-on-sheet",
                        "Enrollment " + enrollmentId + " has no mark on this sheet", Map.of("enrollmentId", enrollmentId.toString())));
        AttendanceAmendmentEntity amendment = new AttendanceAmendmentEntity();
        amendment.sheetId = sheet.id;
        amendment.enrollmentId = enrollmentId;
        amendment.fromMark = mark.mark;
        amendment.toMark = to;
        amendment.reason = reason;
        amendment.amendedBy = amendedBy.name();
        amendment.amendedAt = OffsetDateTime.now(clock);
        amendments.persist(amendment);
        mark.mark = to;
        mark.amended = true;
        completion.check(enrollments.findById(enrollmentId), LocalDate.now(clock));
        return AttendanceViews.amendment(amendment);
    }

    /** Sheets are taken on the weekdays of the cohort's centre weeks, public holidays excepted. */
    private void requireCenterDay(CohortEntity cohort, LocalDate date) {
        CalendarPlanner.Calendar calendar = calendars.of(cohort);
        CalendarPlanner.Week week = calendar.weeks().stream()
                .filter(w -> !date.isBefore(w.monday()) && !date.isAfter(w.sunday())).findFirst().orElse(null);
        String problem = null;
        if (week == null) problem = date + " is outside the cohort's cycle (" + cohort.startDate + " to " + cohort.endDate + ")";
        else if (week.kind() != WeekKind.CENTER) problem = date + " falls in week " + week.number() + ", spent at the employer";
        else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) problem = date + " is a weekend day";
        else if (week.holidays().stream().anyMatch(h -> h.date().equals(date))) problem = date + " is a public holiday";
        if (problem != null) {
            throw new BusinessRuleViolationException("date-outside-center-weeks", "No centre session on that date: " + problem,
                    Map.of("date", date.toString()));
        }
    }
}
