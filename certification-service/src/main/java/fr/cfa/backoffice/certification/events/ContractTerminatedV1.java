package fr.cfa.backoffice.certification.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.util.UUID;

/** The data of placement's ContractTerminated.v1, as certification reads it (tolerant reader: only the fields it uses). */
public record ContractTerminatedV1(UUID candidateId, @Optional UUID contractId) {}
