package fr.cfa.backoffice.certification.events.contract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The jury's result: WHOLE_TITLE, PARTIAL or FAILED, with the CCPs held after the session. The training ends (FIN_DE_FORMATION). */
public record CertificationResultPublishedV1(UUID candidateId, UUID registrationId, UUID sessionId, String outcome, List<String> ccpsHeld,
                                             @Nullable String certificateNumber, OffsetDateTime publishedAt) {
    public static final String NAME = "CertificationResultPublished";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
