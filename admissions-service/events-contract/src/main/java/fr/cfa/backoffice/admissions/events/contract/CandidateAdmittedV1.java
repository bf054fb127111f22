package fr.cfa.backoffice.admissions.events.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Published when a candidate is admitted. Carries what enrolment and placement need; never RQTH, never interview notes. */
public record CandidateAdmittedV1(UUID candidateId, UUID applicationId, UUID cohortId, String firstName, String lastName,
                                  LocalDate birthDate, @Nullable String email, @Nullable String phone, boolean fromWaitlist, OffsetDateTime admittedAt) {
    public static final String NAME = "CandidateAdmitted";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
