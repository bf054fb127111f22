package fr.cfa.backoffice.certification.events;

import java.time.LocalDate;
import java.util.UUID;

/** The data of placement's EmployerPeriodCompleted.v1, as certification reads it (tolerant reader: only the fields it uses). */
public record EmployerPeriodCompletedV1(UUID candidateId, LocalDate completedOn) {}
