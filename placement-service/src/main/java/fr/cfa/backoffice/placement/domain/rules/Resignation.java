package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * After the free days, the apprentice who resigns first refers the matter to the consular chamber's mediator, informs the
 * employer at least 5 calendar days later, and the termination takes effect at least 7 calendar days after the employer was
 * informed (Code du travail L6222-18, D6222-21-1). Within the free days, and for the other grounds, no step is required.
 */
public final class Resignation {
    private final int daysAfterReferral;
    private final int daysAfterNotice;

    public Resignation(int daysAfterReferral, int daysAfterNotice) {
        this.daysAfterReferral = daysAfterReferral;
        this.daysAfterNotice = daysAfterNotice;
    }

    /** The steps as recorded: either may be missing (null). */
    public record Steps(LocalDate mediatorReferredOn, LocalDate employerInformedOn) {}

    /**
     * Every violation, in the order of the steps; empty when the termination may take effect on {@code effectiveOn}.
     *
     * @param withinFreeDays the termination falls within the free days ({@link FreeTermination#withinFreeDays})
     */
    public List<RuleViolation> check(Ground ground, boolean withinFreeDays, Steps steps, LocalDate effectiveOn) {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (ground != Ground.APPRENTICE_RESIGNATION || withinFreeDays) return List.of();
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate referred = steps.mediatorReferredOn();
        LocalDate informed = steps.employerInformedOn();
        if (referred == null) {
            violations.add(new RuleViolation(Reason.TERMINATION_STEP_MISSING, "mediatorReferredOn: after the free days a resignation "
                    + "starts with the referral to the mediator"));
        }
        if (informed == null) {
            violations.add(new RuleViolation(Reason.TERMINATION_STEP_MISSING, "employerInformedOn: after the free days a resignation "
                    + "is notified to the employer at least " + daysAfterReferral + " days after the referral to the mediator"));
        }
        if (referred != null && informed != null && informed.isBefore(referred.plusDays(daysAfterReferral))) {
            violations.add(new RuleViolation(Reason.RESIGNATION_NOTICE_TOO_EARLY, "The employer was informed on " + informed
                    + ", less than " + daysAfterReferral + " days after the referral to the mediator on " + referred
                    + "; the earliest is " + referred.plusDays(daysAfterReferral)));
        }
        if (informed != null && effectiveOn.isBefore(informed.plusDays(daysAfterNotice))) {
            violations.add(new RuleViolation(Reason.RESIGNATION_EFFECT_TOO_EARLY, "The resignation takes effect on " + effectiveOn
                    + ", less than " + daysAfterNotice + " days after the employer was informed on " + informed
                    + "; the earliest is " + informed.plusDays(daysAfterNotice)));
        }
        return List.copyOf(violations);
    }
}
