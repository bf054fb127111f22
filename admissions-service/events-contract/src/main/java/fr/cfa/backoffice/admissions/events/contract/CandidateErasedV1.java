package fr.cfa.backoffice.admissions.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The person asked for erasure: every service erases or pseudonymises what it holds about this candidate. */
public record CandidateErasedV1(UUID candidateId, OffsetDateTime erasedAt) {
    public static final String NAME = "CandidateErased";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
