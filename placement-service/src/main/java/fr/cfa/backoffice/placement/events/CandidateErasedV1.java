package fr.cfa.backoffice.placement.events;

import java.util.UUID;

/** admissions.applications CandidateErased.v1, as placement reads it (a tolerant reader: the id only). */
public record CandidateErasedV1(UUID candidateId) {
    static final String NAME = "CandidateErased";
    static final int VERSION = 1;
}
