package fr.cfa.backoffice.curriculum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the curriculum rules that may change. */
@ConfigMapping(prefix = "curriculum")
public interface CurriculumConfig {
    Accompaniment accompaniment();

    /** Attendance rate (present or late, over all marks) needed for TrainingCompleted, in percent. */
    @WithDefault("80")
    int minimumAttendancePercent();

    interface Accompaniment {
        /** Enrolled without a contract for more than this many days: to accompany (legal limit 3 months, L6222-12-1). */
        @WithDefault("90")
        int withoutContractDays();

        /** Rupturant for more than this many days: to accompany (the centre keeps them 6 months, L6222-18-2). */
        @WithDefault("180")
        int rupturantDays();

        /** Months a rupturant has to find a new employer (L6222-18-2). */
        @WithDefault("6")
        int newContractMonths();
    }
}
