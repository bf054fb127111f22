package fr.cfa.backoffice.certification.events;

import java.util.UUID;

/** The data of admissions' CandidateErased.v1, as certification reads it (tolerant reader: only the fields it uses). */
public record CandidateErasedV1(UUID candidateId) {}
