package fr.cfa.backoffice.platform.time;

import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Facts that cannot have happened yet (an attendance sheet, an assessment, a jury's decision, a receipt) are
 * refused when dated after the suite clock's today: 422 {@code urn:cfa:problem:date-in-future} naming the field.
 * Past dates stay allowed (a trainer enters last week's sheets); the entry records when and by whom.
 */
public final class NotInTheFuture {
    public static final String KIND = "date-in-future";

    private NotInTheFuture() {}

    /** Refuses {@code date} when it is after today in Europe/Paris. */
    public static void requireNotAfterToday(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            throw new DateInFutureException(field, "must not be after today (" + today + ", Europe/Paris)");
        }
    }

    /** Refuses {@code moment} when it is after now. */
    public static void requireNotAfterNow(String field, OffsetDateTime moment, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (moment != null && moment.isAfter(now)) {
            throw new DateInFutureException(field, "must not be after now (" + now + ")");
        }
    }

    /** Refuses {@code date} when it is more than {@code maxDaysAhead} days after today. */
    public static void requireAtMostDaysAhead(String field, LocalDate date, int maxDaysAhead, Clock clock) {
        LocalDate latest = LocalDate.now(clock).plusDays(maxDaysAhead);
        if (date != null && date.isAfter(latest)) {
            throw new DateInFutureException(field, "must not be more than " + maxDaysAhead + " days ahead (at the latest " + latest + ")");
        }
    }

    /** 422 naming the field whose date lies in the future. */
    public static final class DateInFutureException extends BusinessRuleViolationException {
        private final List<Problem.FieldError> errors;

        public DateInFutureException(String field, String message) {
            super(KIND, field + ": " + message);
            this.errors = List.of(new Problem.FieldError(field, message));
        }

        @Override
        public List<Problem.FieldError> fieldErrors() {
            return errors;
        }
    }
}
