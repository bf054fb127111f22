package fr.cfa.backoffice.certification.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What certification knows of a cohort, whichever event told it. */
public record CohortFacts(UUID id, String code, LocalDate startDate, LocalDate endDate, int capacity, CohortStatus status) {}
