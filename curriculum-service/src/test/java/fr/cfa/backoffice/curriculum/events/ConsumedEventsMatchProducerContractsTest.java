package fr.cfa.backoffice.curriculum.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Curriculum's tolerant readers against the producers' contracts, one test per consumed topic: each event is built from
 * the producer's record (every version it publishes: v1 today), written as the producer's outbox writes it, and read with
 * curriculum's own reader as the inbox reads it. The types curriculum routes on are the producers' TYPE constants.
 * A producer renaming or dropping a field curriculum uses fails here, not on the dead-letter topic.
 */
class ConsumedEventsMatchProducerContractsTest {
    private static final UUID CANDIDATE = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final UUID COHORT = UUID.fromString("0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a");
    private static final UUID APPLICATION = UUID.fromString("1d2c3b4a-5968-4776-8594-a3b2c1d0e9f8");
    private static final UUID CONTRACT = UUID.fromString("3c2b1a09-8f7e-4d6c-b5a4-938271605f4e");
    private static final UUID EMPLOYER = UUID.fromString("4d3c2b1a-0f9e-4d8c-a7b6-a59483726150");

    /** The envelope exactly as platform's Outbox writes it for the producer. */
    static String asPublishedBy(String producer, String type, UUID subject, Object data) {
        return EventCodec.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/" + producer, type, subject.toString(),
                OffsetDateTime.parse("2027-01-04T10:00:00+01:00"), "application/json", EventCodec.toTree(data)));
    }

    /** As the inbox reads it: the envelope, then the data into the reader, strictly (missing required fields are poison). */
    static <T> T readAs(String json, Class<T> reader) {
        return EventCodec.dataAs(EventCodec.read(json), reader);
    }

    @Test
    void admissions_applications_admitted_withdrawn_and_erased_candidates_read_as_admissions_publishes_them() {
        assertEquals(CandidateAdmittedV1.TYPE, EventEnvelope.typeOf(AdmissionV1.NAME, AdmissionV1.VERSION));
        assertEquals(CandidateWithdrawnV1.TYPE, EventEnvelope.typeOf(WithdrawalV1.NAME, WithdrawalV1.VERSION));
        assertEquals(CandidateErasedV1.TYPE, EventEnvelope.typeOf(ErasureV1.NAME, ErasureV1.VERSION));

        CandidateAdmittedV1 admitted = new CandidateAdmittedV1(CANDIDATE, APPLICATION, COHORT, "Awa", "Diallo", LocalDate.parse("2003-02-14"),
                "awa.diallo@example.org", "+33 6 98 76 54 32", false, OffsetDateTime.parse("2026-12-01T10:00:00+01:00"));
        AdmissionV1 read = readAs(asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, CANDIDATE, admitted),
                AdmissionV1.class);
        assertEquals(CANDIDATE, read.candidateId());
        assertEquals(APPLICATION, read.applicationId());
        assertEquals(COHORT, read.cohortId());
        assertEquals("Awa", read.firstName());
        assertEquals("Diallo", read.lastName());
        assertEquals(LocalDate.parse("2003-02-14"), read.birthDate());
        assertEquals("awa.diallo@example.org", read.email());
        assertEquals("+33 6 98 76 54 32", read.phone());
        assertEquals(admitted.admittedAt().toInstant(), read.admittedAt().toInstant());

        // email and phone are @Nullable in admissions' contract: the reader takes them null
        AdmissionV1 noContact = readAs(asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, CANDIDATE,
                new CandidateAdmittedV1(CANDIDATE, APPLICATION, COHORT, "Awa", "Diallo", LocalDate.parse("2003-02-14"), null, null, true,
                        admitted.admittedAt())), AdmissionV1.class);
        assertNull(noContact.email());
        assertNull(noContact.phone());

        WithdrawalV1 withdrawn = readAs(asPublishedBy("admissions-service", CandidateWithdrawnV1.TYPE, CANDIDATE,
                new CandidateWithdrawnV1(CANDIDATE, APPLICATION, COHORT, "ADMITTED", OffsetDateTime.parse("2027-01-20T09:00:00+01:00"))),
                WithdrawalV1.class);
        assertEquals(CANDIDATE, withdrawn.candidateId());
        assertEquals(OffsetDateTime.parse("2027-01-20T09:00:00+01:00").toInstant(), withdrawn.withdrawnAt().toInstant());

        ErasureV1 erased = readAs(asPublishedBy("admissions-service", CandidateErasedV1.TYPE, CANDIDATE,
                new CandidateErasedV1(CANDIDATE, OffsetDateTime.parse("2027-02-01T09:00:00+01:00"))), ErasureV1.class);
        assertEquals(CANDIDATE, erased.candidateId());
    }

    @Test
    void placement_contracts_signed_and_terminated_contracts_read_as_placement_publishes_them() {
        assertEquals(ContractSignedV1.TYPE, EventEnvelope.typeOf(SignedContractV1.NAME, SignedContractV1.VERSION));
        assertEquals(ContractSignedV2.TYPE, EventEnvelope.typeOf(SignedContractV2.NAME, SignedContractV2.VERSION));
        assertEquals(ContractTerminatedV1.TYPE, EventEnvelope.typeOf(TerminationV1.NAME, TerminationV1.VERSION));

        SignedContractV1 signed = readAs(asPublishedBy("placement-service", ContractSignedV1.TYPE, CANDIDATE,
                new ContractSignedV1(CONTRACT, CANDIDATE, COHORT, EMPLOYER, LocalDate.parse("2027-01-18"), LocalDate.parse("2028-01-17"))),
                SignedContractV1.class);
        assertEquals(CONTRACT, signed.contractId());
        assertEquals(CANDIDATE, signed.candidateId());
        assertEquals(LocalDate.parse("2027-01-18"), signed.startDate());
        assertEquals(LocalDate.parse("2028-01-17"), signed.endDate());

        SignedContractV2 signedV2 = readAs(asPublishedBy("placement-service", ContractSignedV2.TYPE, CANDIDATE,
                new ContractSignedV2(CONTRACT, CANDIDATE, COHORT, EMPLOYER, "21930066000014", LocalDate.parse("2027-01-18"), LocalDate.parse("2028-01-17"))),
                SignedContractV2.class);
        assertEquals(CONTRACT, signedV2.contractId());
        assertEquals(CANDIDATE, signedV2.candidateId());
        assertEquals("21930066000014", signedV2.employerSiret());
        assertEquals(LocalDate.parse("2027-01-18"), signedV2.startDate());
        assertEquals(LocalDate.parse("2028-01-17"), signedV2.endDate());

        TerminationV1 terminated = readAs(asPublishedBy("placement-service", ContractTerminatedV1.TYPE, CANDIDATE,
                new ContractTerminatedV1(CONTRACT, CANDIDATE, COHORT, EMPLOYER, LocalDate.parse("2027-02-26"), "MUTUAL_AGREEMENT", "EMPLOYER")),
                TerminationV1.class);
        assertEquals(CONTRACT, terminated.contractId());
        assertEquals(CANDIDATE, terminated.candidateId());
        assertEquals(LocalDate.parse("2027-02-26"), terminated.terminatedOn());
        assertEquals("MUTUAL_AGREEMENT", terminated.ground());
    }

    @Test
    void certification_results_every_outcome_reads_as_certification_publishes_it() {
        assertEquals(CertificationResultPublishedV1.TYPE,
                EventEnvelope.typeOf(CertificationResultV1.NAME, CertificationResultV1.VERSION));

        OffsetDateTime publishedAt = OffsetDateTime.parse("2027-07-02T15:00:00+02:00");
        // whole title (with a certificate number), partial and failed (no number: @Nullable in certification's contract)
        for (CertificationResultPublishedV1 result : List.of(
                new CertificationResultPublishedV1(CANDIDATE, UUID.randomUUID(), UUID.randomUUID(), "WHOLE_TITLE",
                        List.of("RNCP36241BC01", "RNCP36241BC02", "RNCP36241BC03"), "MSADS-7K2Q-9XWB-M4TD-3HPA", publishedAt),
                new CertificationResultPublishedV1(CANDIDATE, UUID.randomUUID(), UUID.randomUUID(), "PARTIAL", List.of("RNCP36241BC01"), null, publishedAt),
                new CertificationResultPublishedV1(CANDIDATE, UUID.randomUUID(), UUID.randomUUID(), "FAILED", List.of(), null, publishedAt))) {
            CertificationResultV1 read = readAs(asPublishedBy("certification-service", CertificationResultPublishedV1.TYPE,
                    CANDIDATE, result), CertificationResultV1.class);
            assertEquals(CANDIDATE, read.candidateId());
            assertEquals(result.outcome(), read.outcome());
            assertEquals(publishedAt.toInstant(), read.publishedAt().toInstant());
        }
    }
}
