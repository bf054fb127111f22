package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contract starts at most 3 months before or after the cycle's start (L6222-12, D6222-19), covers the cycle and
 * ends at most 2 months after the end of the exams (L6222-7-1, see {@link ExamsEnd}), not after the cycle's end.
 * Whole calendar months: from the 31st, a shorter month ends on its last day.
 */
public final class ContractWindow {
    private final int monthsBeforeCycle;
    private final int monthsAfterCycleStart;
    private final int monthsAfterExamsEnd;

    public ContractWindow(int monthsBeforeCycle, int monthsAfterCycleStart, int monthsAfterExamsEnd) {
        this.monthsBeforeCycle = monthsBeforeCycle;
        this.monthsAfterCycleStart = monthsAfterCycleStart;
        this.monthsAfterExamsEnd = monthsAfterExamsEnd;
    }

    /**
     * Every violation, in the order start then end; empty when the contract fits.
     *
     * @param examsEnd the end of the exams ({@link ExamsEnd#of})
     */
    public List<RuleViolation> check(LocalDate contractStart, LocalDate contractEnd, LocalDate cycleStart, LocalDate cycleEnd, LocalDate examsEnd) {
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(contractEnd, "contractEnd");
        Objects.requireNonNull(cycleStart, "cycleStart");
        Objects.requireNonNull(cycleEnd, "cycleEnd");
        Objects.requireNonNull(examsEnd, "examsEnd");
        if (contractEnd.isBefore(contractStart)) {
            throw new IllegalArgumentException("The contract ends (" + contractEnd + ") before it starts (" + contractStart + ")");
        }
        if (cycleEnd.isBefore(cycleStart)) {
            throw new IllegalArgumentException("The cycle ends (" + cycleEnd + ") before it starts (" + cycleStart + ")");
        }
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate earliestStart = cycleStart.minusMonths(monthsBeforeCycle);
        LocalDate latestStart = cycleStart.plusMonths(monthsAfterCycleStart);
        LocalDate latestEnd = examsEnd.plusMonths(monthsAfterExamsEnd);
        if (contractStart.isBefore(earliestStart)) {
            violations.add(new RuleViolation(Reason.CONTRACT_STARTS_TOO_EARLY, "The contract starts on " + contractStart
                    + ", more than " + monthsBeforeCycle + " months before the cycle's start on " + cycleStart
                    + "; the earliest is " + earliestStart));
        }
        if (contractStart.isAfter(latestStart)) {
            violations.add(new RuleViolation(Reason.CONTRACT_STARTS_TOO_LATE, "The contract starts on " + contractStart
                    + ", more than " + monthsAfterCycleStart + " months after the cycle's start on " + cycleStart
                    + "; the latest is " + latestStart));
        }
        if (contractEnd.isBefore(cycleEnd)) {
            violations.add(new RuleViolation(Reason.CONTRACT_ENDS_BEFORE_CYCLE_END, "The contract ends on " + contractEnd
                    + ", before the cycle's end on " + cycleEnd + "; it must cover the whole cycle"));
        }
        if (contractEnd.isAfter(latestEnd)) {
            violations.add(new RuleViolation(Reason.CONTRACT_ENDS_TOO_LATE, "The contract ends on " + contractEnd
                    + ", more than " + monthsAfterExamsEnd + " months after the end of the exams on " + examsEnd
                    + "; the latest is " + latestEnd));
        }
        return List.copyOf(violations);
    }
}
