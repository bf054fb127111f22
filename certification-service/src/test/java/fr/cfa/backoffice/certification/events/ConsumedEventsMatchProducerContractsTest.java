package fr.cfa.backoffice.certification.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.certification.domain.CohortFacts;
import fr.cfa.backoffice.certification.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerEnrolledV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import fr.cfa.backoffice.platform.events.PoisonEventException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Certification reads four topics with its own readers (tolerant reader: only the fields it uses). Every type and version it
 * applies, built from the PRODUCER's record and written the way the producer's outbox writes it, must read into what
 * certification uses: a renamed or retyped field in a producer's contract fails this build, not a night of events parked on
 * the dead-letter topic.
 */
class ConsumedEventsMatchProducerContractsTest {
    static final UUID CANDIDATE = UUID.fromString("0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90");
    static final UUID COHORT = UUID.fromString("5c0e7b3a-9d24-4f18-a6e1-2b7f8c3d9e04");
    static final UUID ENROLLMENT = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    static final UUID CONTRACT = UUID.fromString("1d2e3f4a-5b6c-4d7e-9f80-a1b2c3d4e5f6");
    static final UUID EMPLOYER = UUID.fromString("7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0");
    static final LocalDate START = LocalDate.parse("2027-01-04"), END = LocalDate.parse("2027-06-20");

    /** An event exactly as its producer's outbox records it: the record's JSON (EventCodec) inside the CloudEvents envelope, read back. */
    static EventEnvelope asPublished(String producer, String type, UUID subject, Object data) {
        String json = EventCodec.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/" + producer, type, subject.toString(),
                OffsetDateTime.parse("2027-05-28T18:00:00+02:00"), "application/json", EventCodec.toTree(data)));
        return EventCodec.read(json);
    }

    static <T> T read(String producer, String type, UUID subject, Object data, Class<T> reader) {
        return EventCodec.dataAs(asPublished(producer, type, subject, data), reader);
    }

    @Test
    void admissions_applications_read_into_the_candidate_path() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-01T10:00:00+01:00");
        for (CandidateAdmittedV1 admitted : List.of(
                new CandidateAdmittedV1(CANDIDATE, UUID.randomUUID(), COHORT, "Imane", "Benali", LocalDate.parse("2001-04-12"), "imane@example.org", "0601020304", false, at),
                new CandidateAdmittedV1(CANDIDATE, UUID.randomUUID(), COHORT, "Imane", "Benali", LocalDate.parse("2001-04-12"), null, null, true, at))) {
            assertEquals(new fr.cfa.backoffice.certification.events.CandidateAdmittedV1(CANDIDATE, COHORT, "Imane", "Benali"),
                    read("admissions-service", CandidateAdmittedV1.TYPE, CANDIDATE, admitted, fr.cfa.backoffice.certification.events.CandidateAdmittedV1.class));
        }
        assertEquals(new fr.cfa.backoffice.certification.events.CandidateErasedV1(CANDIDATE), read("admissions-service", CandidateErasedV1.TYPE, CANDIDATE,
                new CandidateErasedV1(CANDIDATE, at), fr.cfa.backoffice.certification.events.CandidateErasedV1.class));
    }

    @Test
    void curriculum_learners_read_into_the_candidate_path() {
        assertEquals(new fr.cfa.backoffice.certification.events.LearnerEnrolledV1(CANDIDATE, COHORT, START), read("curriculum-service", LearnerEnrolledV1.TYPE, CANDIDATE,
                new LearnerEnrolledV1(ENROLLMENT, CANDIDATE, COHORT, START, "INSCRIT_SANS_CONTRAT"), fr.cfa.backoffice.certification.events.LearnerEnrolledV1.class));
        assertEquals(new fr.cfa.backoffice.certification.events.TrainingCompletedV1(CANDIDATE, LocalDate.parse("2027-05-28")), read("curriculum-service",
                TrainingCompletedV1.TYPE, CANDIDATE, new TrainingCompletedV1(ENROLLMENT, CANDIDATE, COHORT, LocalDate.parse("2027-05-28"), 92),
                fr.cfa.backoffice.certification.events.TrainingCompletedV1.class));
        assertEquals(new fr.cfa.backoffice.certification.events.LearnerWithdrawnV1(CANDIDATE, LocalDate.parse("2027-02-01")), read("curriculum-service",
                LearnerWithdrawnV1.TYPE, CANDIDATE, new LearnerWithdrawnV1(ENROLLMENT, CANDIDATE, COHORT, LocalDate.parse("2027-02-01")),
                fr.cfa.backoffice.certification.events.LearnerWithdrawnV1.class));
    }

    @Test
    void placement_contracts_read_into_the_candidate_path() {
        // ContractSigned: every version the topic may hold, v2 (what placement publishes) and v1 (its history), into the one reader
        assertEquals(new fr.cfa.backoffice.certification.events.ContractSignedV1(CANDIDATE, CONTRACT), read("placement-service", ContractSignedV2.TYPE, CANDIDATE,
                new ContractSignedV2(CONTRACT, CANDIDATE, COHORT, EMPLOYER, "73282932000074", START, END),
                fr.cfa.backoffice.certification.events.ContractSignedV1.class));
        assertEquals(new fr.cfa.backoffice.certification.events.ContractSignedV1(CANDIDATE, CONTRACT), read("placement-service", ContractSignedV1.TYPE, CANDIDATE,
                new ContractSignedV1(CONTRACT, CANDIDATE, COHORT, EMPLOYER, START, END), fr.cfa.backoffice.certification.events.ContractSignedV1.class));
        assertEquals(new fr.cfa.backoffice.certification.events.ContractTerminatedV1(CANDIDATE, CONTRACT), read("placement-service", ContractTerminatedV1.TYPE, CANDIDATE,
                new ContractTerminatedV1(CONTRACT, CANDIDATE, COHORT, EMPLOYER, LocalDate.parse("2027-03-15"), "FAUTE_GRAVE", "EMPLOYER"),
                fr.cfa.backoffice.certification.events.ContractTerminatedV1.class));
        assertEquals(new fr.cfa.backoffice.certification.events.EmployerPeriodCompletedV1(CANDIDATE, END), read("placement-service", EmployerPeriodCompletedV1.TYPE,
                CANDIDATE, new EmployerPeriodCompletedV1(CONTRACT, CANDIDATE, COHORT, END), fr.cfa.backoffice.certification.events.EmployerPeriodCompletedV1.class));
    }

    @Test
    void curriculum_cohorts_read_into_the_cohorts_read_model() {
        List<LocalDate> employerWeeks = List.of(LocalDate.parse("2027-01-25"), LocalDate.parse("2027-02-01"));
        assertEquals(new CohortFacts(COHORT, "MSADS-2027-01", START, END, 12, CohortStatus.OPEN), read("curriculum-service", CohortScheduledV1.TYPE, COHORT,
                new CohortScheduledV1(COHORT, "MSADS-2027-01", START, END, 12, "OPEN", "CFA Saint-Denis", employerWeeks), CohortAnnouncementV1.class).toFacts());
        assertEquals(new CohortFacts(COHORT, "MSADS-2027-01", START, END, 12, CohortStatus.OPEN), read("curriculum-service", CohortScheduledV1.TYPE, COHORT,
                new CohortScheduledV1(COHORT, "MSADS-2027-01", START, END, 12, "OPEN", null, List.of()), CohortAnnouncementV1.class).toFacts());
        for (String status : List.of("RUNNING", "CLOSED")) {
            assertEquals(new CohortFacts(COHORT, "MSADS-2027-01", START, END, 12, CohortStatus.valueOf(status)), read("curriculum-service", CohortUpdatedV1.TYPE,
                    COHORT, new CohortUpdatedV1(COHORT, "MSADS-2027-01", START, END, 12, status, null, employerWeeks), CohortAnnouncementV1.class).toFacts());
        }
    }

    @Test
    void certification_routes_on_the_types_the_producers_publish() {
        assertEquals(CandidateAdmittedV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.CANDIDATE_ADMITTED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(CandidateErasedV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.CANDIDATE_ERASED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(LearnerEnrolledV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.LEARNER_ENROLLED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(TrainingCompletedV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.TRAINING_COMPLETED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(LearnerWithdrawnV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.LEARNER_WITHDRAWN, CertificationEventsConsumer.VERSION_READ));
        assertEquals(ContractSignedV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.CONTRACT_SIGNED, CertificationEventsConsumer.CONTRACT_SIGNED_V1));
        assertEquals(ContractSignedV2.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.CONTRACT_SIGNED, CertificationEventsConsumer.CONTRACT_SIGNED_V2));
        assertEquals(ContractTerminatedV1.TYPE, EventEnvelope.typeOf(CertificationEventsConsumer.CONTRACT_TERMINATED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(EmployerPeriodCompletedV1.TYPE,
                EventEnvelope.typeOf(CertificationEventsConsumer.EMPLOYER_PERIOD_COMPLETED, CertificationEventsConsumer.VERSION_READ));
        assertEquals(CohortScheduledV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.COHORT_SCHEDULED, CohortEventsConsumer.VERSION_READ));
        assertEquals(CohortUpdatedV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.COHORT_UPDATED, CohortEventsConsumer.VERSION_READ));
    }

    @Test
    void the_readers_still_refuse_an_event_lacking_a_field_they_need() {
        // Tolerant of additions, not of losses: without its day, a completed training cannot make a candidate eligible.
        PoisonEventException poison = assertThrows(PoisonEventException.class, () -> read("curriculum-service", TrainingCompletedV1.TYPE, CANDIDATE,
                new TrainingCompletedV1(ENROLLMENT, CANDIDATE, COHORT, null, 92), fr.cfa.backoffice.certification.events.TrainingCompletedV1.class));
        assertEquals("TrainingCompleted.v1 data lacks required fields [completedOn]", poison.getMessage());
    }
}
