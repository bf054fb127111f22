package fr.cfa.backoffice.admissions.domain.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/** One admission rule of the programme, evaluated against the cohort's start date. */
public interface EligibilityRule {
    Optional<Ineligibility> check(Applicant applicant, LocalDate cohortStart);
}
