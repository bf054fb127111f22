package fr.cfa.backoffice.curriculum.domain.attendance;

import java.util.Map;

/** Marks of one learner, counted; the rate is the share of half-days attended (present or late). */
public record AttendanceRate(long present, long late, long justifiedAbsences, long unjustifiedAbsences) {

    public static AttendanceRate of(Map<Mark, Long> counts) {
        return new AttendanceRate(counts.getOrDefault(Mark.PRESENT, 0L), counts.getOrDefault(Mark.LATE, 0L),
                counts.getOrDefault(Mark.JUSTIFIED_ABSENCE, 0L), counts.getOrDefault(Mark.UNJUSTIFIED_ABSENCE, 0L));
    }

    public long sessions() {
        return present + late + justifiedAbsences + unjustifiedAbsences;
    }

    /** Percent attended, rounded down; 0 when no session was recorded yet. */
    public int percent() {
        return sessions() == 0 ? 0 : (int) ((present + late) * 100 / sessions());
    }
}
