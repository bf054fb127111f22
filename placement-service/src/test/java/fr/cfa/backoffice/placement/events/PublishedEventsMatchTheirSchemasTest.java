package fr.cfa.backoffice.placement.events;

import static fr.cfa.backoffice.placement.events.ConsumedEventsMatchProducerContractsTest.asPublishedBy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.placement.rest.TestData;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Placement's real flows publish what api/asyncapi.yaml promises: the records read back from the broker are valid
 * CloudEvents of a documented type, their data valid against the type's schema (generated from the contract records, and
 * as the committed api/asyncapi.yaml says). A signature publishes ContractSigned.v2, with its employer's SIRET.
 */
@QuarkusTest
class PublishedEventsMatchTheirSchemasTest {
    private static final String OFFICER = TestTokens.forUser("placement-officer", "paul.placement");
    private static final String RATINGS = "{\"ORGANISE_INTERVENTIONS\":\"ACQUIRED\",\"WATCH_ASSIGNED_ZONE\":\"ACQUIRED\",\"CONTACT_LOCAL_POPULATION\":\"IN_PROGRESS\","
            + "\"WELCOME_AND_INFORM\":\"ACQUIRED\",\"IDENTIFY_TENSIONS\":\"ACQUIRED\",\"REGULATE_CONFLICTS\":\"IN_PROGRESS\",\"TRACK_ACTIVITY\":\"ACQUIRED\","
            + "\"NETWORKS_AND_WATCH\":\"NOT_ACQUIRED\"}";
    /** A cohort whose employer weeks are all past (alternating from its second week), so the final evaluation can complete it. */
    private static final LocalDate START = LocalDate.parse("2026-01-05");

    @Test
    void signed_terminated_and_completed_contracts_are_published_as_documented() {
        UUID cohort = UUID.randomUUID();
        List<LocalDate> employerWeeks = new ArrayList<>();
        for (int week = 1; week <= 25; week += 2) employerWeeks.add(START.plusWeeks(week));
        KafkaTestClient.send(CurriculumTopics.COHORTS, cohort.toString(), asPublishedBy("curriculum-service", CohortScheduledV1.TYPE, cohort,
                new CohortScheduledV1(cohort, "MED-26", START, START.plusWeeks(26).minusDays(1), 12, "RUNNING", "Saint-Denis", employerWeeks)));
        UUID leaving = admit(cohort, "Roux");
        UUID staying = admit(cohort, "Moreau");

        String siret = TestData.newSiret();
        String employer = TestData.employer(siret);
        String tutor = TestData.qualifiedTutor(employer);
        String employerToken = TestTokens.forUser("employer", "karim.haddad", "employer_id", employer);
        String offer = given().auth().oauth2(employerToken).contentType(ContentType.JSON)
                .body("{\"title\":\"Médiateur social\",\"place\":\"Saint-Denis\",\"startDate\":\"2026-01-12\",\"positions\":2}")
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");

        String ended = sign(leaving, employer, tutor, offer);
        given().auth().oauth2(employerToken).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-03-02\",\"initiator\":\"BOTH\",\"ground\":\"MUTUAL_AGREEMENT\",\"reason\":\"Rupture d'un commun accord\","
                        + TestData.informedToday() + "}")
                .post("/api/v1/contracts/" + ended + "/termination").then().statusCode(200).body("status", equalTo("TERMINATED"));

        String completed = sign(staying, employer, tutor, offer);
        LocalDate lastEmployerDay = employerWeeks.get(employerWeeks.size() - 1).plusDays(6);
        given().auth().oauth2(employerToken).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"" + lastEmployerDay + "\",\"ratings\":" + RATINGS + ",\"finalReview\":true}")
                .post("/api/v1/contracts/" + completed + "/evaluations").then().statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + completed).then().statusCode(200).body("employerPeriodCompleted", equalTo(true));

        Set<String> keys = Set.of(leaving.toString(), staying.toString());
        Set<String> expected = Set.of(leaving + " " + ContractSignedV2.TYPE, leaving + " " + ContractTerminatedV1.TYPE,
                staying + " " + ContractSignedV2.TYPE, staying + " " + EmployerPeriodCompletedV1.TYPE);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(PlacementTopics.CONTRACTS, Duration.ofSeconds(30),
                read -> typesByKey(read, keys).containsAll(expected)).stream().filter(r -> keys.contains(r.key())).toList();
        assertEquals(expected, typesByKey(records, keys), "the flows' events, each once");
        assertEquals(4, records.size(), "the flows' events, each once");

        PublishedEvents.assertValid(PlacementEventCatalogue.CATALOGUE, records);
        PublishedEvents.fromAsyncApi(List.of(Path.of("api/asyncapi.yaml"))).assertValid(records); // the committed document too
        PublishedEvents.assertNoField(records, "rqth");
        List<String> sirets = records.stream().map(r -> EventCodec.read(r.value())).filter(e -> ContractSignedV2.TYPE.equals(e.type()))
                .map(e -> EventCodec.dataAs(e, ContractSignedV2.class).employerSiret()).toList();
        assertEquals(List.of(siret, siret), sirets, "both contracts carry the SIRET their employer registered");
    }

    private static UUID admit(UUID cohort, String lastName) {
        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, candidate.toString(), asPublishedBy("admissions-service", CandidateAdmittedV1.TYPE, candidate,
                new CandidateAdmittedV1(candidate, UUID.randomUUID(), cohort, "Inès", lastName, LocalDate.parse("2004-05-17"), null, null, false,
                        OffsetDateTime.parse("2025-11-20T11:00:00+01:00"))));
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(OFFICER).queryParam("cohortId", cohort)
                .get("/api/v1/learners").then().statusCode(200) // the cohort known too: contracts are timed on it
                .body("items.find { it.candidateId == '" + candidate + "' }.cohortStart", equalTo(START.toString())));
        return candidate;
    }

    private static String sign(UUID candidate, String employer, String tutor, String offer) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + candidate + "\",\"employerId\":\"" + employer + "\",\"tutorId\":\"" + tutor + "\",\"offerId\":\"" + offer
                        + "\",\"startDate\":\"2026-01-12\",\"endDate\":\"2026-07-31\",\"weeklyHours\":35," + TestData.signedCerfa("2026-01-12") + "}")
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
    }

    private static Set<String> typesByKey(List<ConsumerRecord<String, String>> records, Set<String> keys) {
        return records.stream().filter(r -> keys.contains(r.key()))
                .map(r -> r.key() + " " + EventCodec.read(r.value()).type()).collect(Collectors.toSet());
    }
}
