package fr.cfa.backoffice.admissions.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application was received (national status PRE_INSCRIT). No personal data: readers need only the count and cohort. */
public record ApplicationSubmittedV1(UUID candidateId, UUID applicationId, UUID cohortId, String channel, @Nullable UUID prescriberId,
                                     boolean eligible, OffsetDateTime submittedAt) {
    public static final String NAME = "ApplicationSubmitted";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
