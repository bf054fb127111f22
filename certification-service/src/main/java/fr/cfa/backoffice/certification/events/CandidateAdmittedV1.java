package fr.cfa.backoffice.certification.events;

import java.util.UUID;

/** The data of admissions' CandidateAdmitted.v1, as certification reads it (tolerant reader: only the fields it uses). */
public record CandidateAdmittedV1(UUID candidateId, UUID cohortId, String firstName, String lastName) {}
