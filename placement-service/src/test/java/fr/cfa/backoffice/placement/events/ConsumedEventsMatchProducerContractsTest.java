package fr.cfa.backoffice.placement.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.placement.domain.CohortFacts;
import fr.cfa.backoffice.placement.domain.CohortStatus;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Tolerant readers against the producers' contracts, one test per consumed topic: each event is built from the
 * producer's record (every version it publishes: v1 today), written as the producer's outbox writes it, read with
 * placement's own reader, and delivered through the real broker to show the consumer routes on the producer's type.
 */
@QuarkusTest
class ConsumedEventsMatchProducerContractsTest {
    private static final String OFFICER = TestTokens.forRole("placement-officer");
    private static final LocalDate START = LocalDate.parse("2027-09-06");
    private static final List<LocalDate> EMPLOYER_WEEKS = List.of(START.plusWeeks(1), START.plusWeeks(3), START.plusWeeks(5));
    private static final LocalDate EXAM_WEEK = START.plusWeeks(20);

    @Inject
    CohortRepository cohorts;

    /** The envelope exactly as platform's Outbox writes it for the producer. */
    static String asPublishedBy(String producer, String type, UUID subject, Object data) {
        return EventCodec.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/" + producer, type, subject.toString(),
                OffsetDateTime.parse("2027-09-01T10:00:00+02:00"), "application/json", EventCodec.toTree(data)));
    }

    static <T> T readAs(String json, Class<T> reader) {
        return EventCodec.dataAs(EventCodec.read(json), reader);
    }

    @Test
    void admissions_applications_admitted_and_erased_candidates_are_read_as_admissions_publishes_them() {
        assertEquals(CandidateAdmittedV1.TYPE, EventEnvelope.typeOf(fr.cfa.backoffice.placement.events.CandidateAdmittedV1.NAME, fr.cfa.backoffice.placement.events.CandidateAdmittedV1.VERSION));
        assertEquals(CandidateErasedV1.TYPE, EventEnvelope.typeOf(fr.cfa.backoffice.placement.events.CandidateErasedV1.NAME, fr.cfa.backoffice.placement.events.CandidateErasedV1.VERSION));

        UUID cohort = scheduleCohort();
        UUID candidate = UUID.randomUUID();
        CandidateAdmittedV1 admitted = new CandidateAdmittedV1(candidate, UUID.randomUUID(), cohort, "Inès", "Moreau", LocalDate.parse("2004-05-17"),
                "ines.moreau@example.org", "+33 6 12 34 56 78", true, OffsetDateTime.parse("2027-06-02T11:00:00+02:00"));
        String json = asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, candidate, admitted);
        fr.cfa.backoffice.placement.events.CandidateAdmittedV1 read = readAs(json, fr.cfa.backoffice.placement.events.CandidateAdmittedV1.class);
        assertEquals(candidate, read.candidateId());
        assertEquals(cohort, read.cohortId());
        assertEquals("Inès", read.firstName());
        assertEquals("Moreau", read.lastName());
        assertEquals(LocalDate.parse("2004-05-17"), read.birthDate());
        assertEquals("ines.moreau@example.org", read.email());
        assertEquals("+33 6 12 34 56 78", read.phone());
        assertEquals(admitted.admittedAt().toInstant(), read.admittedAt().toInstant());

        // email and phone are @Nullable in the producer's contract: the reader accepts them null
        fr.cfa.backoffice.placement.events.CandidateAdmittedV1 withoutContact = readAs(asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, candidate,
                new CandidateAdmittedV1(candidate, UUID.randomUUID(), cohort, "Inès", "Moreau", LocalDate.parse("2004-05-17"), null, null, false,
                        admitted.admittedAt())), fr.cfa.backoffice.placement.events.CandidateAdmittedV1.class);
        assertNull(withoutContact.email());
        assertNull(withoutContact.phone());

        String erased = asPublishedBy("admissions-service", CandidateErasedV1.TYPE, candidate,
                new CandidateErasedV1(candidate, OffsetDateTime.parse("2027-07-01T09:00:00+02:00")));
        assertEquals(candidate, readAs(erased, fr.cfa.backoffice.placement.events.CandidateErasedV1.class).candidateId());

        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), json);
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> learnersOf(cohort)
                .body("items.find { it.candidateId == '" + candidate + "' }.lastName", equalTo("Moreau"))
                .body("items.find { it.candidateId == '" + candidate + "' }.email", equalTo("ines.moreau@example.org"))
                .body("items.find { it.candidateId == '" + candidate + "' }.cohortStart", equalTo(START.toString())));
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), erased);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> learnersOf(cohort).body("items.candidateId", not(hasItem(candidate.toString()))));
    }

    @Test
    void curriculum_cohorts_scheduled_and_updated_cohorts_are_read_as_curriculum_publishes_them() {
        assertEquals(CohortScheduledV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.SCHEDULED, CohortEventsConsumer.VERSION));
        assertEquals(CohortUpdatedV1.TYPE, EventEnvelope.typeOf(CohortEventsConsumer.UPDATED, CohortEventsConsumer.VERSION));

        UUID id = UUID.randomUUID();
        for (String status : List.of("OPEN", "RUNNING", "CLOSED")) { // the values of curriculum's CohortStatus
            CohortFacts facts = readAs(asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, id,
                    new CohortScheduledV1(id, "MED-27", START, START.plusWeeks(40), 14, status, "Saint-Denis", EMPLOYER_WEEKS, EXAM_WEEK)),
                    CohortAnnouncementV1.class).toFacts();
            assertEquals(new CohortFacts(id, "MED-27", START, START.plusWeeks(40), 14, CohortStatus.valueOf(status), EMPLOYER_WEEKS, EXAM_WEEK), facts);
        }
        // examWeekStart is @Nullable (no exam week in the calendar), and events published before it was added lack it
        assertEquals(null, readAs(asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, id,
                new CohortScheduledV1(id, "MED-27", START, START.plusWeeks(40), 14, "OPEN", null, EMPLOYER_WEEKS, null)),
                CohortAnnouncementV1.class).toFacts().examWeekStart());
        String older = asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, id,
                new CohortScheduledV1(id, "MED-27", START, START.plusWeeks(40), 14, "OPEN", null, EMPLOYER_WEEKS)).replace(",\"examWeekStart\":null", "");
        org.junit.jupiter.api.Assertions.assertFalse(older.contains("examWeekStart"), older);
        assertEquals(null, readAs(older, CohortAnnouncementV1.class).toFacts().examWeekStart());
        // place is @Nullable in the contract and placement does not read it
        CohortFacts updated = readAs(asPublishedBy("curriculum-service", CohortUpdatedV1.TYPE, id,
                new CohortUpdatedV1(id, "MED-27", START, START.plusWeeks(42), 14, "RUNNING", null, EMPLOYER_WEEKS)), CohortAnnouncementV1.class).toFacts();
        assertEquals(START.plusWeeks(42), updated.endDate());

        KafkaTestClient.send(CurriculumTopics.COHORTS, id.toString(), asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, id,
                new CohortScheduledV1(id, "MED-27", START, START.plusWeeks(40), 14, "OPEN", "Saint-Denis", EMPLOYER_WEEKS)));
        KafkaTestClient.send(CurriculumTopics.COHORTS, id.toString(), asPublishedBy("curriculum-service", CohortUpdatedV1.TYPE, id,
                new CohortUpdatedV1(id, "MED-27", START, START.plusWeeks(42), 14, "RUNNING", null, EMPLOYER_WEEKS, EXAM_WEEK)));
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> {
            CohortEntity cohort = QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id));
            return cohort != null && cohort.status == CohortStatus.RUNNING;
        });
        CohortEntity cohort = QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id));
        assertEquals(START.plusWeeks(42), cohort.endDate);
        assertEquals(EMPLOYER_WEEKS, cohort.employerWeekStarts);
        assertEquals(EXAM_WEEK, cohort.examWeekStart);
    }

    @Test
    void curriculum_learners_withdrawn_learners_are_read_as_curriculum_publishes_them() {
        assertEquals(LearnerWithdrawnV1.TYPE, EventEnvelope.typeOf(fr.cfa.backoffice.placement.events.LearnerWithdrawnV1.NAME, fr.cfa.backoffice.placement.events.LearnerWithdrawnV1.VERSION));

        UUID cohort = scheduleCohort();
        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, candidate,
                new CandidateAdmittedV1(candidate, UUID.randomUUID(), cohort, "Yanis", "Roux", LocalDate.parse("2003-02-11"), null, null, false,
                        OffsetDateTime.parse("2027-06-02T11:00:00+02:00"))));
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> learnersOf(cohort)
                .body("items.find { it.candidateId == '" + candidate + "' }.phone", nullValue())
                .body("items.candidateId", hasItem(candidate.toString())));

        String withdrawn = asPublishedBy("curriculum-service", LearnerWithdrawnV1.TYPE, candidate,
                new LearnerWithdrawnV1(UUID.randomUUID(), candidate, cohort, LocalDate.parse("2027-10-15")));
        assertEquals(candidate, readAs(withdrawn, fr.cfa.backoffice.placement.events.LearnerWithdrawnV1.class).candidateId());
        KafkaTestClient.send(CurriculumTopics.LEARNERS, candidate.toString(), withdrawn);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> learnersOf(cohort).body("items.candidateId", not(hasItem(candidate.toString()))));
    }

    private UUID scheduleCohort() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.send(CurriculumTopics.COHORTS, id.toString(), asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, id,
                new CohortScheduledV1(id, "MED-27", START, START.plusWeeks(40), 14, "OPEN", null, EMPLOYER_WEEKS)));
        return id;
    }

    private static io.restassured.response.ValidatableResponse learnersOf(UUID cohort) {
        return given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200);
    }
}
