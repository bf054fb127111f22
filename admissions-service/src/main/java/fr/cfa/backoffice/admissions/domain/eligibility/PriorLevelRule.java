package fr.cfa.backoffice.admissions.domain.eligibility;

import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility.Reason;
import java.time.LocalDate;
import java.util.Optional;

/**
 * At least niveau V (level 3, CAP/BEP) in the social field, or significant experience in a social or
 * mediation role, at any level (docs/rules.md, "Admission", prior level; "significant" is configuration, 12 months by default).
 */
public final class PriorLevelRule implements EligibilityRule {
    private final int minimumRelevantMonths;

    public PriorLevelRule(int minimumRelevantMonths) {
        this.minimumRelevantMonths = minimumRelevantMonths;
    }

    @Override
    public Optional<Ineligibility> check(Applicant applicant, LocalDate cohortStart) {
        boolean qualified = applicant.highestLevel() != null && applicant.qualificationInSocialField()
                && applicant.highestLevel().atLeast(QualificationLevel.LEVEL_3);
        int months = applicant.relevantExperienceMonths();
        if (qualified || months >= minimumRelevantMonths) return Optional.empty();
        return Optional.of(new Ineligibility(Reason.QUALIFICATION_OR_EXPERIENCE_MISSING,
                "Needs a level 3 (niveau V) or higher qualification in the social field, or " + minimumRelevantMonths
                        + " months of social or mediation experience; has " + months));
    }
}
