package fr.cfa.backoffice.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/** Builders of the certification tests: the other services' events, sessions, registrations, results, credentials. */
public final class TestData {
    public static final String OFFICER = TestTokens.forUser("certification-officer", "chloe.certif");
    public static final String BC01 = "RNCP36241BC01", BC02 = "RNCP36241BC02", BC03 = "RNCP36241BC03";
    public static final String ALL_GRANTED = "{\"" + BC01 + "\":true,\"" + BC02 + "\":true,\"" + BC03 + "\":true}";
    public static final String NONE_GRANTED = "{\"" + BC01 + "\":false,\"" + BC02 + "\":false,\"" + BC03 + "\":false}";
    public static final String BC02_FAILED = "{\"" + BC01 + "\":true,\"" + BC02 + "\":false,\"" + BC03 + "\":true}";
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TestData() {}

    /** The centre's today: dates of facts are built from it, never written as fixed years that one day stop being the future. */
    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** The sessions of these tests were held last week, so their results can be recorded. */
    public static LocalDate heldOn() {
        return today().minusDays(7);
    }

    /** Sends one event of another service under a fresh event id; answers that id. */
    public static String event(String topic, String type, UUID candidate, String data) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(topic, candidate.toString(), KafkaTestClient.cloudEvent(id, "/test", type, candidate, data));
        return id;
    }

    /** Waits until certification's inbox has applied (recorded) the event {@code eventId}. */
    public static void awaitApplied(EntityManager em, String eventId) {
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from inbox_event where event_id = :id").setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }

    /** Waits until certification's inbox has applied every one of {@code eventIds}. */
    public static void awaitAllApplied(EntityManager em, List<String> eventIds) {
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from inbox_event where event_id in (:ids)").setParameter("ids", eventIds).getSingleResult())
                .intValue() == eventIds.size()));
    }

    public static String admittedData(UUID candidate, UUID cohort) {
        return "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohort
                + "\",\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"admittedAt\":\"2026-11-01T10:00:00Z\"}";
    }

    public static String admitted(UUID candidate, UUID cohort) {
        return event("admissions.applications", "CandidateAdmitted.v1", candidate, admittedData(candidate, cohort));
    }

    /** Admitted, then enrolled by curriculum; answers the enrolment event's id (applied after the admission: same key, same partition). */
    public static String enrolled(UUID candidate, UUID cohort) {
        admitted(candidate, cohort);
        return event("curriculum.learners", "LearnerEnrolled.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"enrolledOn\":\"2027-01-04\",\"status\":\"INSCRIT_SANS_CONTRAT\"}");
    }

    public static String withdrawn(UUID candidate, UUID cohort) {
        return event("curriculum.learners", "LearnerWithdrawn.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"withdrawnOn\":\"2027-02-01\"}");
    }

    public static String trainingCompleted(UUID candidate, UUID cohort) {
        return event("curriculum.learners", "TrainingCompleted.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"completedOn\":\"2027-05-28\",\"attendancePercent\":92}");
    }

    public static String employerPeriodCompleted(UUID candidate, UUID cohort) {
        return event("placement.contracts", "EmployerPeriodCompleted.v1", candidate, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"completedOn\":\"2027-06-20\"}");
    }

    /** ContractSigned.v2, what placement publishes: with the employer's SIRET, which certification does not read. */
    public static String contractSigned(UUID candidate) {
        return event("placement.contracts", "ContractSigned.v2", candidate, contractSignedV2Data(candidate));
    }

    public static String contractSignedV2Data(UUID candidate) {
        return "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate + "\",\"employerSiret\":\"73282932000074\"}";
    }

    /** ContractSigned.v1, no longer published but in the topic's history (contracts signed before v2): read the same way. */
    public static String contractSignedV1(UUID candidate) {
        return event("placement.contracts", "ContractSigned.v1", candidate, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate + "\"}");
    }

    public static String contractTerminated(UUID candidate) {
        return event("placement.contracts", "ContractTerminated.v1", candidate, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate + "\"}");
    }

    public static String erased(UUID candidate) {
        return event("admissions.applications", "CandidateErased.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-07-01T09:00:00Z\"}");
    }

    /** A cohort of curriculum's starting on {@code start} (indicators by year read it). */
    public static String cohortScheduled(UUID cohort, LocalDate start) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.cohorts", cohort.toString(), KafkaTestClient.cloudEvent(id, "/curriculum-service",
                "CohortScheduled.v1", cohort, "{\"cohortId\":\"" + cohort + "\",\"code\":\"IND\",\"startDate\":\"" + start + "\",\"endDate\":\""
                        + start.plusMonths(6) + "\",\"capacity\":30,\"status\":\"OPEN\"}"));
        return id;
    }

    public static ValidatableResponse eligibility(UUID candidate) {
        return given().auth().oauth2(OFFICER).get("/api/v1/candidates/" + candidate + "/eligibility").then();
    }

    /** Enrolled, training and employer period completed, professional file in: may sit the exam. */
    public static void eligible(UUID candidate, UUID cohort) {
        enrolled(candidate, cohort);
        trainingCompleted(candidate, cohort);
        employerPeriodCompleted(candidate, cohort);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> eligibility(candidate).body("missing", contains("PROFESSIONAL_FILE_MISSING")));
        professionalFile(candidate).statusCode(200).body("eligible", equalTo(true));
    }

    public static ValidatableResponse professionalFile(UUID candidate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\":\"" + today().minusDays(20) + "\",\"reference\":\"DP-42\"}")
                .put("/api/v1/candidates/" + candidate + "/professional-file").then();
    }

    public static String session(int capacity) {
        return session(capacity, heldOn());
    }

    public static String session(int capacity, LocalDate date) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + date + "\",\"place\":\"CFA, salle 3\",\"capacity\":" + capacity
                        + ",\"jury\":[{\"name\":\"Mme Pro\",\"professional\":true},{\"name\":\"M. Pro\",\"professional\":true}]}")
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse register(String session, UUID candidate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"candidateId\":\"" + candidate + "\"}")
                .post("/api/v1/sessions/" + session + "/registrations").then();
    }

    /** An eligible candidate registered for a new session held last week; the registration's id. */
    public static String registered(UUID candidate) {
        return register(session(10), candidate).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse results(String registration, String ccps) {
        return results(registration, ccps, heldOn());
    }

    /** The jury's results, decided on {@code decidedOn} (none given when null). */
    public static ValidatableResponse results(String registration, String ccps, LocalDate decidedOn) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"ccps\":" + ccps + ",\"juryDecision\":\"délibération du jury\"" + (decidedOn == null ? "" : ",\"decidedOn\":\"" + decidedOn + "\"") + "}")
                .put("/api/v1/registrations/" + registration + "/results").then();
    }

    /** Takes an eligible candidate through one session with every CCP granted; the certificate's number, from the published result. */
    public static String certified(UUID candidate) {
        results(registered(candidate), ALL_GRANTED).statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        return publishedCertificate(candidate);
    }

    /** The certification.results records published for {@code candidate}, once {@code count} of them are read. */
    public static List<JsonPath> published(UUID candidate, int count) {
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil("certification.results", Duration.ofSeconds(20),
                r -> r.stream().filter(x -> candidate.toString().equals(x.key())).count() >= count);
        return read.stream().filter(x -> candidate.toString().equals(x.key())).map(x -> new JsonPath(x.value())).toList();
    }

    /** The certificate number published for {@code candidate}'s latest result. */
    public static String publishedCertificate(UUID candidate) {
        List<JsonPath> events = published(candidate, 1);
        return events.get(events.size() - 1).getString("data.certificateNumber");
    }

    public static ValidatableResponse revoke(String token, String number, String body) {
        return (token == null ? given() : given().auth().oauth2(token)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/certificates/" + number + "/revocation").then();
    }

    public static ValidatableResponse verification(String number) {
        return given().get("/api/v1/certificates/" + number + "/verification").then();
    }

    public static String credential(String number) {
        return given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200).extract().path("credential");
    }

    /** The credential's payload (its claims), decoded. */
    public static JsonPath payload(String credential) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    public static PublicKey publishedKey() throws Exception {
        JsonPath jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath();
        BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].n")));
        BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    }

    public static boolean verifies(String jws, PublicKey key) throws Exception {
        String[] parts = jws.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
