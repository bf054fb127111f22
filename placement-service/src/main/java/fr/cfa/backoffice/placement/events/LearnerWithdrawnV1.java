package fr.cfa.backoffice.placement.events;

import java.util.UUID;

/** curriculum.learners LearnerWithdrawn.v1, as placement reads it (a tolerant reader: the id only). */
public record LearnerWithdrawnV1(UUID candidateId) {
    static final String NAME = "LearnerWithdrawn";
    static final int VERSION = 1;
}
