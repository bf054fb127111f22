package fr.cfa.backoffice.admissions.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/** The outcome of evaluating every rule: eligible when none failed. */
public record Eligibility(boolean eligible, LocalDate evaluatedAgainst, List<Ineligibility> reasons) {}
