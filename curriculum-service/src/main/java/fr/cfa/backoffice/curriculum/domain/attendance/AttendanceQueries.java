package fr.cfa.backoffice.curriculum.domain.attendance;

import fr.cfa.backoffice.curriculum.api.AttendanceSheetView;
import fr.cfa.backoffice.curriculum.api.LearnerAttendanceMarkView;
import fr.cfa.backoffice.curriculum.api.LearnerAttendanceView;
import fr.cfa.backoffice.curriculum.domain.TrainingCompletion;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkRepository;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The reads of attendance: a sheet with its marks (two statements), a learner's marks and rate (three), whatever their number. */
@ApplicationScoped
public class AttendanceQueries {
    @Inject
    AttendanceSheetRepository sheets;

    @Inject
    AttendanceMarkRepository marks;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    TrainingCompletion completion;

    public AttendanceSheetView sheet(UUID cohortId, UUID sheetId) {
        AttendanceSheetEntity sheet = sheets.inCohort(cohortId, sheetId).orElseThrow(() -> new ResourceNotFoundException("attendance sheet", sheetId));
        return AttendanceViews.sheet(sheet, marks.ofSheet(sheet.id));
    }

    /** Every half-day mark of the learner, by date and morning first, and the rate they make. */
    public LearnerAttendanceView ofLearner(UUID enrollmentId) {
        enrollments.findByIdOptional(enrollmentId).orElseThrow(() -> new ResourceNotFoundException("enrollment", enrollmentId));
        AttendanceRate rate = completion.attendance(enrollmentId);
        // one query for all the learner's marks and their sheets
        List<LearnerAttendanceMarkView> lines = marks.withSheetsOf(enrollmentId).stream()
                .map(row -> new LearnerAttendanceMarkView(row.sheet().id, row.sheet().sessionDate, row.sheet().halfDay, row.sheet().moduleCode,
                        row.mark().mark, row.mark().amended))
                .sorted(Comparator.comparing(LearnerAttendanceMarkView::date).thenComparing(LearnerAttendanceMarkView::halfDay)).toList();
        return new LearnerAttendanceView(enrollmentId, rate.sessions(), rate.present(), rate.late(), rate.justifiedAbsences(),
                rate.unjustifiedAbsences(), rate.percent(), lines);
    }
}
