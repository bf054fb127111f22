package fr.cfa.backoffice.placement.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * admissions.applications CandidateAdmitted.v1, as placement reads it: a tolerant reader, only the fields placement uses,
 * unknown ones ignored. ConsumedEventsMatchProducerContractsTest checks its name, version and fields against the producer's record.
 */
public record CandidateAdmittedV1(UUID candidateId, UUID cohortId, String firstName, String lastName, LocalDate birthDate,
                                  @Optional String email, @Optional String phone, OffsetDateTime admittedAt) {
    static final String NAME = "CandidateAdmitted";
    static final int VERSION = 1;
}
