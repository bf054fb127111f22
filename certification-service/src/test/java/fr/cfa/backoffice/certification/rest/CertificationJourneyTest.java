package fr.cfa.backoffice.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificationJourneyTest {
    static final String OFFICER = TestTokens.forUser("certification-officer", "chloe.certif");
    static final String BC01 = "RNCP36241BC01", BC02 = "RNCP36241BC02", BC03 = "RNCP36241BC03";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The centre's today: dates of facts are built from it, never written as fixed years that one day stop being the future. */
    static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** The sessions of these tests were held last week, so their results can be recorded. */
    static LocalDate heldOn() {
        return today().minusDays(7);
    }

    static void event(String topic, String type, UUID candidate, String data) {
        KafkaTestClient.send(topic, candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/test", type, candidate, data));
    }

    static String admittedData(UUID candidate, UUID cohort) {
        return "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohort
                + "\",\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"admittedAt\":\"2026-11-01T10:00:00Z\"}";
    }

    static void enrolled(UUID candidate, UUID cohort) {
        event("admissions.applications", "CandidateAdmitted.v1", candidate, admittedData(candidate, cohort));
        event("curriculum.learners", "LearnerEnrolled.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"enrolledOn\":\"2027-01-04\",\"status\":\"INSCRIT_SANS_CONTRAT\"}");
    }

    static void eligible(UUID candidate, UUID cohort) {
        enrolled(candidate, cohort);
        event("curriculum.learners", "TrainingCompleted.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"completedOn\":\"2027-05-28\",\"attendancePercent\":92}");
        event("placement.contracts", "EmployerPeriodCompleted.v1", candidate, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"completedOn\":\"2027-06-20\"}");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(OFFICER)
                .get("/api/v1/candidates/" + candidate + "/eligibility").then().body("missing", contains("PROFESSIONAL_FILE_MISSING")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\":\"" + today().minusDays(20) + "\",\"reference\":\"DP-42\"}")
                .put("/api/v1/candidates/" + candidate + "/professional-file").then().statusCode(200).body("eligible", equalTo(true));
    }

    static String session(int capacity) {
        return session(capacity, heldOn());
    }

    static String session(int capacity, LocalDate date) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + date + "\",\"place\":\"CFA, salle 3\",\"capacity\":" + capacity
                        + ",\"jury\":[{\"name\":\"Mme Pro\",\"professional\":true},{\"name\":\"M. Pro\",\"professional\":true}]}")
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse register(String session, UUID candidate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"candidateId\":\"" + candidate + "\"}")
                .post("/api/v1/sessions/" + session + "/registrations").then();
    }

    /** Takes an eligible candidate through one session with every CCP granted; the certificate's number, from the published result. */
    static String certified(UUID candidate) {
        String registration = register(session(10), candidate).statusCode(201).extract().path("id");
        results(registration, "{\"" + BC01 + "\":true,\"" + BC02 + "\":true,\"" + BC03 + "\":true}").statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil("certification.results", Duration.ofSeconds(20),
                r -> r.stream().anyMatch(x -> candidate.toString().equals(x.key())));
        return published.stream().filter(x -> candidate.toString().equals(x.key())).map(x -> new JsonPath(x.value()).getString("data.certificateNumber"))
                .findFirst().orElseThrow();
    }

    static io.restassured.response.ValidatableResponse results(String registration, String ccps) {
        return results(registration, ccps, heldOn());
    }

    /** The jury's results, decided on {@code decidedOn} (none given when null). */
    static io.restassured.response.ValidatableResponse results(String registration, String ccps, LocalDate decidedOn) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"ccps\":" + ccps + ",\"juryDecision\":\"délibération du jury\"" + (decidedOn == null ? "" : ",\"decidedOn\":\"" + decidedOn + "\"") + "}")
                .put("/api/v1/registrations/" + registration + "/results").then();
    }

    static final String ALL_GRANTED = "{\"" + BC01 + "\":true,\"" + BC02 + "\":true,\"" + BC03 + "\":true}";

    /** The certificate number published for {@code candidate}'s latest result. */
    static String publishedCertificate(UUID candidate) {
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil("certification.results", Duration.ofSeconds(20),
                r -> r.stream().anyMatch(x -> candidate.toString().equals(x.key())));
        return published.stream().filter(x -> candidate.toString().equals(x.key())).map(x -> new JsonPath(x.value()).getString("data.certificateNumber"))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void a_candidate_goes_from_enrolled_to_a_verified_certificate_through_events_partial_success_first() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        enrolled(candidate, cohort);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("manager"))
                .get("/api/v1/candidates/" + candidate + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("missing", contains("TRAINING_NOT_COMPLETED", "EMPLOYER_PERIOD_NOT_COMPLETED", "PROFESSIONAL_FILE_MISSING")));
        String first = session(10);
        register(first, candidate).statusCode(422).body("type", equalTo("urn:cfa:problem:candidate-not-eligible"))
                .body("missing", hasItems("TRAINING_NOT_COMPLETED"));

        eligible(candidate, cohort);
        String registration = register(first, candidate).statusCode(201).body("ccps", contains(BC01, BC02, BC03)).extract().path("id");
        register(first, candidate).statusCode(409).body("type", equalTo("urn:cfa:problem:already-registered"));
        results(registration, "{\"" + BC01 + "\":true,\"" + BC02 + "\":false,\"" + BC03 + "\":true}").statusCode(200).body("outcome", equalTo("PARTIAL"));
        results(registration, "{\"" + BC01 + "\":true}").statusCode(409);

        String later = session(10);
        String second = register(later, candidate).statusCode(201).body("ccps", contains(BC02)).extract().path("id");
        results(second, "{\"" + BC02 + "\":true}").statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        given().auth().oauth2(OFFICER).get("/api/v1/candidates/" + candidate + "/eligibility").then().body("ccpsHeld", contains(BC01, BC02, BC03));
        register(session(5), candidate).statusCode(422).body("type", equalTo("urn:cfa:problem:title-already-obtained"));

        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil("certification.results", Duration.ofSeconds(20),
                r -> r.stream().filter(x -> candidate.toString().equals(x.key())).count() >= 2);
        List<JsonPath> events = published.stream().filter(x -> candidate.toString().equals(x.key())).map(x -> new JsonPath(x.value())).toList();
        assertEquals(List.of("PARTIAL", "WHOLE_TITLE"), events.stream().map(e -> e.getString("data.outcome")).toList());
        String number = events.get(1).getString("data.certificateNumber");
        assertTrue(number.matches("MSADS(-[A-Z2-9]{4}){4}"), number);

        given().get("/api/v1/certificates/" + number + "/verification").then().statusCode(200)
                .body("status", equalTo("VALID")).body("holderInitials", equalTo("I.B.")).body("rncpCode", equalTo("RNCP36241")).body("level", equalTo(4))
                .body("kind", equalTo("CERTIFICATE")).body(not(containsString("Benali")));
        String credential = given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("holderLastName", equalTo("Benali")).extract().path("credential");
        PublicKey key = publishedKey();
        assertTrue(verifies(credential, key), "the credential verifies with the published key");
        String[] parts = credential.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Benali", "Martin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertFalse(verifies(tampered, key), "a tampered credential fails");

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"reason\":\"falsified file\"}")
                .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
        given().get("/api/v1/certificates/" + number + "/verification").then().body("status", equalTo("REVOKED"));
        given().get("/api/v1/certificates/MSADS-AAAA-BBBB-CCCC-DDDD/verification").then().statusCode(200).body("status", equalTo("UNKNOWN"));
        given().get("/api/v1/certificates/" + number).then().statusCode(401);
    }

    static PublicKey publishedKey() throws Exception {
        JsonPath jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath();
        BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].n")));
        BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    }

    static boolean verifies(String jws, PublicKey key) throws Exception {
        String[] parts = jws.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void a_session_never_takes_more_candidates_than_its_capacity_even_concurrently() throws Exception {
        UUID cohort = UUID.randomUUID();
        List<UUID> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID c = UUID.randomUUID();
            eligible(c, cohort);
            candidates.add(c);
        }
        String s = session(2);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(candidates.stream().<Callable<Integer>>map(c -> () -> register(s, c).extract().statusCode()).toList())) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(x -> x == 422).count(), statuses.toString());
    }

    @Test
    void a_jury_needs_two_professionals() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"2027-06-24\",\"place\":\"CFA\",\"capacity\":5,\"jury\":[{\"name\":\"A\",\"professional\":true},{\"name\":\"B\",\"professional\":false}]}")
                .post("/api/v1/sessions").then().statusCode(422).body("type", equalTo("urn:cfa:problem:jury-incomplete"));
        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/sessions").then().statusCode(403);
    }

    @Test
    void indicators_are_published_from_20_and_do_not_move_on_erasure_or_redelivery() {
        UUID cohort = UUID.randomUUID();
        KafkaTestClient.send("curriculum.cohorts", cohort.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service",
                "CohortScheduled.v1", cohort, "{\"cohortId\":\"" + cohort + "\",\"code\":\"IND\",\"startDate\":\"2031-01-06\",\"endDate\":\"2031-06-22\","
                        + "\"capacity\":30,\"status\":\"OPEN\"}"));
        List<UUID> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID c = UUID.randomUUID();
            learners.add(c);
            enrolled(c, cohort);
            if (i > 0) event("placement.contracts", "ContractSigned.v1", c, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + c + "\"}");
        }
        event("curriculum.learners", "LearnerWithdrawn.v1", learners.get(0), "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learners.get(0)
                + "\",\"cohortId\":\"" + cohort + "\",\"withdrawnOn\":\"2031-02-01\"}");
        String signed = KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/placement-service", "ContractSigned.v1", learners.get(0),
                "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learners.get(0) + "\"}");
        KafkaTestClient.send("placement.contracts", learners.get(0).toString(), signed);
        KafkaTestClient.send("placement.contracts", learners.get(0).toString(), signed); // redelivered: still 20 contracts, not 21
        event("placement.contracts", "ContractTerminated.v1", learners.get(1), "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learners.get(1) + "\"}");

        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().queryParam("cohort", cohort).get("/api/v1/indicators").then()
                .statusCode(200)
                .body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(20)).body("dropOut.percent", equalTo(5.0f))
                .body("dropOut.withheld", equalTo(false))
                .body("contractTermination.numerator", equalTo(1)).body("contractTermination.denominator", equalTo(20))
                .body("contractTermination.percent", equalTo(5.0f)).body("contractTermination.withheld", equalTo(false))
                .body("success.withheld", equalTo(true)));
        given().queryParam("year", 2031).get("/api/v1/indicators").then().statusCode(200).body("dropOut.denominator", equalTo(20));

        event("admissions.applications", "CandidateErased.v1", learners.get(0), "{\"candidateId\":\"" + learners.get(0) + "\"}");
        event("admissions.applications", "CandidateErased.v1", learners.get(1), "{\"candidateId\":\"" + learners.get(1) + "\"}");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().queryParam("cohort", cohort).get("/api/v1/indicators").then()
                .body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(20))
                .body("contractTermination.numerator", equalTo(1)).body("contractTermination.denominator", equalTo(20)));
        given().queryParam("year", "soon").get("/api/v1/indicators").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_withheld_indicator_gives_no_figures_to_anyone() {
        UUID cohort = UUID.randomUUID();
        UUID learner = UUID.randomUUID();
        enrolled(learner, cohort);
        event("curriculum.learners", "LearnerWithdrawn.v1", learner, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learner
                + "\",\"cohortId\":\"" + cohort + "\",\"withdrawnOn\":\"2031-02-01\"}");
        event("placement.contracts", "ContractSigned.v1", learner, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learner + "\"}");
        event("placement.contracts", "ContractTerminated.v1", learner, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + learner + "\"}");
        // 1 of 1 dropped out, 1 of 1 contract terminated: a count would tell anyone it is 100 %.
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(OFFICER)
                .get("/api/v1/candidates/" + learner + "/eligibility").then().body("missing", hasItems("WITHDRAWN")));
        for (String token : List.of("", TestTokens.forRole("manager"), OFFICER)) {
            Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> (token.isEmpty() ? given() : given().auth().oauth2(token))
                    .queryParam("cohort", cohort).get("/api/v1/indicators").then()
                    .statusCode(200)
                    .body("dropOut.withheld", equalTo(true)).body("dropOut.numerator", nullValue()).body("dropOut.denominator", nullValue())
                    .body("dropOut.percent", nullValue())
                    .body("contractTermination.withheld", equalTo(true)).body("contractTermination.numerator", nullValue())
                    .body("contractTermination.denominator", nullValue()).body("contractTermination.percent", nullValue())
                    .body("success.withheld", equalTo(true)).body("success.numerator", nullValue()).body("success.denominator", nullValue()));
        }
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertTrue(doc.getString("paths.'/api/v1/indicators'.get.description").contains("no figures"), "the withholding rule is documented");
    }

    @Test
    void every_operation_is_documented() {
        OpenApiAssertions.assertEveryOperationDocumented(9);
    }
}
