package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;

/**
 * A maître d'apprentissage holds a diploma in the programme's field at its level or higher plus 1 year of relevant
 * experience, or has 2 years of relevant experience (Code du travail R6223-22; branch agreements may differ, hence
 * the configuration). Training periods and internships do not count as experience: the caller leaves them out.
 */
public final class TutorQualification {

    /**
     * @param diplomaLevel             the tutor's highest diploma on the 1-8 national scale, null when none
     * @param diplomaRelevant          whether that diploma is in the professional field of the programme
     * @param relevantExperienceMonths months of professional activity related to the programme's qualification
     */
    public record Candidate(Integer diplomaLevel, boolean diplomaRelevant, int relevantExperienceMonths) {
        public Candidate {
            if (relevantExperienceMonths < 0) {
                throw new IllegalArgumentException("Experience cannot be negative: " + relevantExperienceMonths);
            }
        }
    }

    private final int programmeLevel;
    private final int monthsWithDiploma;
    private final int monthsWithoutDiploma;

    public TutorQualification(int programmeLevel, int monthsWithDiploma, int monthsWithoutDiploma) {
        this.programmeLevel = programmeLevel;
        this.monthsWithDiploma = monthsWithDiploma;
        this.monthsWithoutDiploma = monthsWithoutDiploma;
    }

    public Optional<RuleViolation> check(Candidate c) {
        int months = c.relevantExperienceMonths();
        boolean qualifyingDiploma = c.diplomaRelevant() && c.diplomaLevel() != null && c.diplomaLevel() >= programmeLevel;
        if (qualifyingDiploma && months >= monthsWithDiploma) return Optional.empty();
        if (months >= monthsWithoutDiploma) return Optional.empty();
        String otherwise = " or " + monthsWithoutDiploma + " months of relevant experience without one; has " + months;
        String missing;
        if (qualifyingDiploma) {
            missing = "Has a relevant level " + c.diplomaLevel() + " diploma but " + months + " months of relevant experience;"
                    + " needs " + monthsWithDiploma + " with it, or " + monthsWithoutDiploma + " without";
        } else if (c.diplomaLevel() == null) {
            missing = "Has no diploma: needs a relevant level " + programmeLevel + " or higher diploma with "
                    + monthsWithDiploma + " months of experience," + otherwise;
        } else if (!c.diplomaRelevant()) {
            missing = "The level " + c.diplomaLevel() + " diploma is outside the programme's field: needs a relevant level "
                    + programmeLevel + " or higher diploma with " + monthsWithDiploma + " months of experience," + otherwise;
        } else {
            missing = "The level " + c.diplomaLevel() + " diploma is below the programme's level " + programmeLevel
                    + ": needs a relevant level " + programmeLevel + " or higher diploma with " + monthsWithDiploma
                    + " months of experience," + otherwise;
        }
        return Optional.of(new RuleViolation(Reason.TUTOR_NOT_QUALIFIED, missing));
    }
}
