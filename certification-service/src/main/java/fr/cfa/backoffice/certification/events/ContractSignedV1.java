package fr.cfa.backoffice.certification.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.util.UUID;

/**
 * The data of placement's ContractSigned.v1 and ContractSigned.v2, as certification reads it (tolerant reader: only the fields it
 * uses). v2 only adds employerSiret, which certification does not use: both versions read into this record.
 */
public record ContractSignedV1(UUID candidateId, @Optional UUID contractId) {}
