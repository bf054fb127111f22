package fr.cfa.backoffice.admissions.domain.eligibility;

import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility.Reason;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Apprentices are 18 to 29 on the cohort's start date; RQTH lifts the upper limit (docs/rules.md, "Admission", age
 * and age exemption; Code du travail L6222-1, L6222-2).
 * Whole calendar years: someone born on 29 February has a birthday on 1 March in common years.
 */
public final class AgeRule implements EligibilityRule {
    private final int minimumAge;
    private final int maximumAge;

    public AgeRule(int minimumAge, int maximumAge) {
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public Optional<Ineligibility> check(Applicant applicant, LocalDate cohortStart) {
        int age = ageOn(applicant.birthDate(), cohortStart);
        if (age < minimumAge) {
            return Optional.of(new Ineligibility(Reason.AGE_UNDER_MINIMUM,
                    "Aged " + age + " on " + cohortStart + ", the cohort's start; the minimum is " + minimumAge));
        }
        if (age > maximumAge && !applicant.rqth()) {
            return Optional.of(new Ineligibility(Reason.AGE_OVER_MAXIMUM,
                    "Aged " + age + " on " + cohortStart + ", the cohort's start; the maximum is " + maximumAge + " without RQTH"));
        }
        return Optional.empty();
    }
}
