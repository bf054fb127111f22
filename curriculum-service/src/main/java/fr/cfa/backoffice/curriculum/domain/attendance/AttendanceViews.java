package fr.cfa.backoffice.curriculum.domain.attendance;

import fr.cfa.backoffice.curriculum.api.AttendanceAmendmentView;
import fr.cfa.backoffice.curriculum.api.AttendanceMarkView;
import fr.cfa.backoffice.curriculum.api.AttendanceSheetView;
import fr.cfa.backoffice.curriculum.persistence.AttendanceAmendmentEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import java.util.List;

/** Sheets and amendments as the API shows them, from rows already loaded. */
final class AttendanceViews {
    private AttendanceViews() {}

    static AttendanceSheetView sheet(AttendanceSheetEntity s, List<AttendanceMarkEntity> marks) {
        return new AttendanceSheetView(s.id, s.cohortId, s.sessionDate, s.halfDay, s.moduleCode, s.trainer, s.recordedBy, s.recordedAt,
                marks.stream().map(m -> new AttendanceMarkView(m.enrollmentId, m.mark, m.amended)).toList());
    }

    static AttendanceAmendmentView amendment(AttendanceAmendmentEntity a) {
        return new AttendanceAmendmentView(a.sheetId, a.enrollmentId, a.fromMark, a.toMark, a.reason, a.amendedBy, a.amendedAt);
    }
}
