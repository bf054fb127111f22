package fr.cfa.backoffice.curriculum.events;

import static fr.cfa.backoffice.curriculum.events.ConsumedEventsMatchProducerContractsTest.asPublishedBy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.certification.events.contract.CertificationResultPublishedV1;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.curriculum.domain.CohortLifecycle;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerEnrolledV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.curriculum.events.contract.ModuleCompletedV1;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV1;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The records curriculum really publishes, read back from the broker, are what its contract promises: driven through
 * its flows (cohorts scheduled and moved by the calendar; learners enrolled, under contract, attending, completing
 * modules and the training, dropping out; the other services' events built from their contract records and sent to the
 * broker), every record of both topics is a CloudEvent of a documented type whose data validates against the schema
 * generated from the record, and against the committed api/asyncapi.yaml. None carries RQTH.
 */
@QuarkusTest
class PublishedEventsMatchTheirSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");
    private static final String MANAGER = TestTokens.forRole("manager");
    private static final List<String> M1_TO_M8 = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8");

    @Inject
    CohortLifecycle lifecycle;

    @Inject
    Clock clock;

    @Test
    void every_record_of_the_cohort_and_learner_flows_is_valid_against_the_published_schemas() {
        // a cohort of last January (its cycle is over) with a place, and a coming one without: place is null in its events
        String past = cohort("{\"code\":\"" + code() + "\",\"startDate\":\"2026-01-12\",\"capacity\":20,\"place\":\"CFA Saint-Denis\"}");
        String coming = cohort("{\"code\":\"" + code() + "\",\"startDate\":\"2027-09-06\",\"capacity\":12}");
        UUID cohortId = UUID.fromString(past);

        // admissions admits two candidates (one without email or phone, @Nullable in its contract)
        UUID graduate = UUID.randomUUID();
        UUID dropout = UUID.randomUUID();
        OffsetDateTime admittedAt = OffsetDateTime.parse("2025-12-01T10:00:00+01:00");
        admissions(graduate, CandidateAdmittedV1.TYPE, new CandidateAdmittedV1(graduate, UUID.randomUUID(), cohortId, "Awa", "Diallo",
                LocalDate.parse("2003-02-14"), "awa.diallo@example.org", "+33 6 98 76 54 32", false, admittedAt));
        admissions(dropout, CandidateAdmittedV1.TYPE, new CandidateAdmittedV1(dropout, UUID.randomUUID(), cohortId, "Jules", "Martin",
                LocalDate.parse("2002-09-30"), null, null, true, admittedAt));
        String graduateId = awaitStatus(past, graduate, "INSCRIT_SANS_CONTRAT");
        String dropoutId = awaitStatus(past, dropout, "INSCRIT_SANS_CONTRAT");

        // placement signs both contracts
        UUID employer = UUID.randomUUID();
        UUID dropoutContract = UUID.randomUUID();
        placement(graduate, ContractSignedV2.TYPE, new ContractSignedV2(UUID.randomUUID(), graduate, cohortId, employer, "21930066000014",
                LocalDate.parse("2026-01-12"), LocalDate.parse("2027-01-11")));
        placement(dropout, ContractSignedV1.TYPE, new ContractSignedV1(dropoutContract, dropout, cohortId, employer,
                LocalDate.parse("2026-01-12"), LocalDate.parse("2027-01-11")));
        awaitStatus(past, graduate, "APPRENTI");
        awaitStatus(past, dropout, "APPRENTI");

        // the centre weeks: attendance and the modules' evaluations
        for (String halfDay : List.of("MORNING", "AFTERNOON")) {
            given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                    .body("{\"date\":\"2026-01-13\",\"halfDay\":\"" + halfDay + "\",\"moduleCode\":\"M1\",\"trainer\":\"tom.trainer\",\"marks\":["
                            + "{\"enrollmentId\":\"" + graduateId + "\",\"mark\":\"PRESENT\"},{\"enrollmentId\":\"" + dropoutId + "\",\"mark\":\"LATE\"}]}")
                    .post("/api/v1/cohorts/" + past + "/attendance-sheets").then().statusCode(201);
        }
        M1_TO_M8.forEach(module -> result(graduateId, module, ",\"score\":15"));
        result(dropoutId, "M1", ""); // no score

        // the dropout's contract ends, then the candidate withdraws and is erased; the graduate's certification is published
        placement(dropout, ContractTerminatedV1.TYPE, new ContractTerminatedV1(dropoutContract, dropout, cohortId, employer,
                LocalDate.parse("2026-02-20"), "MUTUAL_AGREEMENT", "APPRENTICE"));
        awaitStatus(past, dropout, "RUPTURANT");
        admissions(dropout, CandidateWithdrawnV1.TYPE, new CandidateWithdrawnV1(dropout, UUID.randomUUID(), cohortId, "ADMITTED",
                OffsetDateTime.parse("2026-03-02T09:00:00+01:00")));
        awaitStatus(past, dropout, "ABANDON");
        admissions(dropout, CandidateErasedV1.TYPE, new CandidateErasedV1(dropout, OffsetDateTime.parse("2026-03-10T09:00:00+01:00")));
        KafkaTestClient.send(CertificationTopics.RESULTS, graduate.toString(), asPublishedBy("certification-service", CertificationResultPublishedV1.TYPE,
                graduate, new CertificationResultPublishedV1(graduate, UUID.randomUUID(), UUID.randomUUID(), "WHOLE_TITLE",
                        List.of("RNCP36241BC01", "RNCP36241BC02", "RNCP36241BC03"), "MSADS-7K2Q-9XWB-M4TD-3HPA", OffsetDateTime.parse("2026-07-02T15:00:00+02:00"))));
        awaitStatus(past, graduate, "FIN_DE_FORMATION");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(MANAGER).get("/api/v1/enrollments/" + dropoutId).then().statusCode(200).body("erased", equalTo(true)));

        // the calendar moves the past cohort on (its cycle ended in June): CohortUpdated; only this test's cohorts are moved
        Set<UUID> ownCohorts = Set.of(UUID.fromString(past), UUID.fromString(coming));
        lifecycle.advance(LocalDate.now(clock), ownCohorts::contains);

        Set<String> keys = Set.of(past, coming, graduate.toString(), dropout.toString());
        List<ConsumerRecord<String, String>> cohorts = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(30),
                has(past, CohortUpdatedV1.TYPE).and(has(coming, CohortScheduledV1.TYPE)));
        List<ConsumerRecord<String, String>> learners = KafkaTestClient.readUntil(CurriculumTopics.LEARNERS, Duration.ofSeconds(30),
                has(graduate.toString(), TrainingCompletedV1.TYPE).and(has(dropout.toString(), LearnerWithdrawnV1.TYPE)));
        List<ConsumerRecord<String, String>> records = new ArrayList<>(cohorts);
        records.addAll(learners);

        Set<String> published = new TreeSet<>();
        records.stream().filter(r -> keys.contains(r.key())).forEach(r -> published.add(parse(r).path("type").asText()));
        assertEquals(new TreeSet<>(List.of(CohortScheduledV1.TYPE, CohortUpdatedV1.TYPE, LearnerEnrolledV1.TYPE, ModuleCompletedV1.TYPE,
                TrainingCompletedV1.TYPE, LearnerWithdrawnV1.TYPE)), published, "the flows published every type curriculum documents");
        assertTrue(cohorts.stream().filter(r -> coming.equals(r.key())).allMatch(r -> parse(r).path("data").path("place").isNull()),
                "the coming cohort's place is published null");
        assertEquals(9, learners.stream().filter(r -> graduate.toString().equals(r.key()) && type(r).equals(ModuleCompletedV1.TYPE)).count()
                + learners.stream().filter(r -> dropout.toString().equals(r.key()) && type(r).equals(ModuleCompletedV1.TYPE)).count(),
                "one ModuleCompleted per acquired module");

        // every record of both topics, not only this test's: whatever curriculum published in this run (not the sentinels
        // other tests sent themselves to count records: KafkaTestClient.recordsBeforeSentinel)
        records.removeIf(r -> type(r).equals("TestSentinel.v1") && parse(r).path("source").asText().equals("/tests"));
        PublishedEvents.assertValid(CurriculumEventCatalogue.CATALOGUE, records);
        PublishedEvents.fromAsyncApi(List.of(Path.of("api/asyncapi.yaml"))).assertValid(records);
        PublishedEvents.assertNoField(records, "rqth");
    }

    private static String code() {
        return "EVT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String cohort(String body) {
        return given().auth().oauth2(TRAINER).contentType(ContentType.JSON).body(body).post("/api/v1/cohorts").then().statusCode(201)
                .extract().path("id");
    }

    private static void result(String enrollmentId, String module, String score) {
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ACQUIRED\"" + score + ",\"assessedOn\":\"2026-03-20\",\"assessor\":\"tom.trainer\"}")
                .put("/api/v1/enrollments/" + enrollmentId + "/modules/" + module + "/result").then().statusCode(200);
    }

    private static void admissions(UUID candidate, String type, Object data) {
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), asPublishedBy("admissions-service", type, candidate, data));
    }

    private static void placement(UUID candidate, String type, Object data) {
        KafkaTestClient.send(PlacementTopics.CONTRACTS, candidate.toString(), asPublishedBy("placement-service", type, candidate, data));
    }

    /** Waits for the learner's status in the cohort's list, and answers the enrollment's id. */
    private static String awaitStatus(String cohortId, UUID candidate, String status) {
        String find = "items.find { it.candidateId == '" + candidate + "' }";
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200)
                        .body(find + ".status", equalTo(status)));
        JsonPath list = given().auth().oauth2(MANAGER).queryParam("size", 100).get("/api/v1/cohorts/" + cohortId + "/enrollments").then()
                .extract().jsonPath();
        return list.getString(find + ".id");
    }

    private static Predicate<List<ConsumerRecord<String, String>>> has(String key, String type) {
        return read -> read.stream().anyMatch(r -> key.equals(r.key()) && type(r).equals(type));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return parse(record).path("type").asText();
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(record.topic() + "@" + record.offset() + " is not JSON", e);
        }
    }
}
