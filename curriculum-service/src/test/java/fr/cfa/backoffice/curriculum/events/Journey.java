package fr.cfa.backoffice.curriculum.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * One learner's journey, driven as the other services drive it (their events on their topics), each step awaited on
 * the enrollment's status. Test data only: a fresh cohort and a fresh candidate per journey.
 */
public final class Journey {
    public static final String DLQ = "curriculum-service.dlq";
    public static final String CONSUMER = LearnerJourneyConsumer.CONSUMER;

    public final String cohortId;
    public final UUID candidate;
    private String enrollmentId;

    private Journey(String cohortId, UUID candidate) {
        this.cohortId = cohortId;
        this.candidate = candidate;
    }

    /** A fresh cohort starting on {@code start} (a Monday) and a candidate not admitted yet. */
    public static Journey inANewCohortStarting(String start) {
        return new Journey(CohortEventsPublicationTest.schedule("J-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), start),
                UUID.randomUUID());
    }

    /** A learner admitted (1 December 2026) to a fresh cohort starting 4 January 2027, enrolled without a contract. */
    public static Journey enrolled() {
        return inANewCohortStarting("2027-01-04").admit();
    }

    public Journey admit() {
        KafkaTestClient.send("admissions.applications", candidate.toString(), admission());
        return awaitStatus("INSCRIT_SANS_CONTRAT");
    }

    /** CandidateAdmitted as admissions publishes it, with a fresh event id. */
    public String admission() {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service", "CandidateAdmitted.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"cohortId\":\"" + cohortId + "\","
                        + "\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"email\":\"imane@example.org\","
                        + "\"phone\":\"+33 6 12 34 56 78\",\"fromWaitlist\":false,\"admittedAt\":\"2026-12-01T10:00:00+01:00\"}");
    }

    public Journey signContract(UUID contract, String startDate) {
        sendContractSigned(contract, startDate);
        return awaitStatus("APPRENTI");
    }

    /** The employer's SIRET the journeys' contracts carry (Luhn-valid, as placement checks it). */
    public static final String EMPLOYER_SIRET = "21930066000014";

    /** ContractSigned.v2 as placement publishes it, ending on 30 June 2027. */
    public void sendContractSigned(UUID contract, String startDate) {
        sendContractSigned(contract, startDate, "2027-06-30");
    }

    public void sendContractSigned(UUID contract, String startDate, String endDate) {
        send("placement.contracts", "ContractSigned.v2",
                "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId + "\",\"employerId\":\""
                        + UUID.randomUUID() + "\",\"employerSiret\":\"" + EMPLOYER_SIRET + "\",\"startDate\":\"" + startDate + "\",\"endDate\":\"" + endDate + "\"}");
    }

    /** ContractSigned.v1, as the topic's history holds it (no SIRET). */
    public void sendContractSignedV1(UUID contract, String startDate, String endDate) {
        send("placement.contracts", "ContractSigned.v1",
                "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId + "\",\"employerId\":\""
                        + UUID.randomUUID() + "\",\"startDate\":\"" + startDate + "\",\"endDate\":\"" + endDate + "\"}");
    }

    public Journey terminateContract(UUID contract, String terminatedOn) {
        return terminateContract(contract, terminatedOn, "MUTUAL_AGREEMENT");
    }

    public Journey terminateContract(UUID contract, String terminatedOn, String ground) {
        sendContractTerminated(contract, terminatedOn, ground);
        return awaitStatus("RUPTURANT");
    }

    public void sendContractTerminated(UUID contract, String terminatedOn) {
        sendContractTerminated(contract, terminatedOn, "MUTUAL_AGREEMENT");
    }

    public void sendContractTerminated(UUID contract, String terminatedOn, String ground) {
        send("placement.contracts", "ContractTerminated.v1",
                "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId + "\",\"employerId\":\""
                        + UUID.randomUUID() + "\",\"terminatedOn\":\"" + terminatedOn + "\",\"ground\":\"" + ground + "\",\"initiator\":\"EMPLOYER\"}");
    }

    public Journey withdraw(String withdrawnAt) {
        send("admissions.applications", "CandidateWithdrawn.v1", "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId
                + "\",\"previousStatus\":\"ADMITTED\",\"withdrawnAt\":\"" + withdrawnAt + "\"}");
        return awaitStatus("ABANDON");
    }

    public Journey certify(String outcome, String publishedAt) {
        sendCertificationResult(outcome, publishedAt);
        return awaitStatus("FIN_DE_FORMATION");
    }

    public void sendCertificationResult(String outcome, String publishedAt) {
        send("certification.results", "CertificationResultPublished.v1",
                "{\"candidateId\":\"" + candidate + "\",\"outcome\":\"" + outcome + "\",\"publishedAt\":\"" + publishedAt + "\"}");
    }

    public void erase() {
        send("admissions.applications", "CandidateErased.v1", "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}");
    }

    private void send(String topic, String type, String data) {
        KafkaTestClient.send(topic, candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/test", type, candidate, data));
    }

    public Journey awaitStatus(String status) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).queryParam("size", 100).get("/api/v1/cohorts/" + cohortId + "/enrollments")
                        .then().statusCode(200)
                        .body("items.find { it.candidateId == '" + candidate + "' }.status", equalTo(status)));
        return this;
    }

    /** The learner's line in the cohort's enrollments. */
    public Map<String, Object> enrollmentLine() {
        JsonPath list = given().auth().oauth2(TestTokens.forRole("manager")).queryParam("size", 100)
                .get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200).extract().jsonPath();
        return list.getMap("items.find { it.candidateId == '" + candidate + "' }");
    }

    public String enrollmentId() {
        if (enrollmentId == null) enrollmentId = (String) enrollmentLine().get("id");
        return enrollmentId;
    }

    /** The enrollment as GET /api/v1/enrollments/{id} answers it. */
    public JsonPath enrollment() {
        return given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/enrollments/" + enrollmentId()).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The copies of this candidate's events parked on the dead-letter topic, once {@code enough} holds for them. */
    public List<ConsumerRecord<String, String>> parked(Predicate<List<ConsumerRecord<String, String>>> enough) {
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(30),
                records -> enough.test(records.stream().filter(r -> candidate.toString().equals(r.key())).toList()));
        return read.stream().filter(r -> candidate.toString().equals(r.key())).toList();
    }

    /** The first parked copy of an event of {@code type} for this candidate. */
    public ConsumerRecord<String, String> parkedEvent(String type) {
        return parked(records -> records.stream().anyMatch(r -> r.value().contains("\"type\":\"" + type + "\""))).stream()
                .filter(r -> r.value().contains("\"type\":\"" + type + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " of " + candidate + " parked on " + DLQ));
    }
}
