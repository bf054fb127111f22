package fr.cfa.backoffice.admissions.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The candidate withdrew; {@code previousStatus} tells whether a seat was freed (ADMITTED). */
public record CandidateWithdrawnV1(UUID candidateId, UUID applicationId, UUID cohortId, String previousStatus, OffsetDateTime withdrawnAt) {
    public static final String NAME = "CandidateWithdrawn";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
