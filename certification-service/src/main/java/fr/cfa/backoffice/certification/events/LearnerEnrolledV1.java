package fr.cfa.backoffice.certification.events;

import java.time.LocalDate;
import java.util.UUID;

/** The data of curriculum's LearnerEnrolled.v1, as certification reads it (tolerant reader: only the fields it uses). */
public record LearnerEnrolledV1(UUID candidateId, UUID cohortId, LocalDate enrolledOn) {}
