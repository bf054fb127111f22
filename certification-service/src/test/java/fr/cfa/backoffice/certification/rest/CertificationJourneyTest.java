package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.BC01;
import static fr.cfa.backoffice.certification.rest.TestData.BC02;
import static fr.cfa.backoffice.certification.rest.TestData.BC02_FAILED;
import static fr.cfa.backoffice.certification.rest.TestData.BC03;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One short end-to-end path; each rule on the way has its own test (EligibilityTest, ResultsTest, CertificateVerificationTest, …). */
@QuarkusTest
class CertificationJourneyTest {
    @Test
    void a_candidate_goes_from_enrolled_to_a_verified_certificate_through_events_partial_success_first() throws Exception {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String first = TestData.registered(candidate);
        TestData.results(first, BC02_FAILED).statusCode(200).body("outcome", equalTo("PARTIAL"));
        String second = TestData.register(TestData.session(10), candidate).statusCode(201).body("ccps", contains(BC02)).extract().path("id");
        TestData.results(second, "{\"" + BC02 + "\":true}").statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));

        List<JsonPath> events = TestData.published(candidate, 2);
        assertEquals(List.of("PARTIAL", "WHOLE_TITLE"), events.stream().map(e -> e.getString("data.outcome")).toList());
        String number = events.get(1).getString("data.certificateNumber");
        TestData.verification(number).statusCode(200).body("status", equalTo("VALID")).body("kind", equalTo("CERTIFICATE"));
        assertTrue(TestData.verifies(TestData.credential(number), TestData.publishedKey()), "the credential verifies with the published key");
        TestData.eligibility(candidate).body("ccpsHeld", contains(BC01, BC02, BC03));
    }

    /** Every /api operation is published and documented: the exact list, so a lost operation fails (a minimum count would not). */
    @Test
    @SuppressWarnings("unchecked")
    void every_operation_is_documented() {
        JsonPath doc = OpenApiAssertions.assertEveryOperationDocumented(13);
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (path.startsWith("/api/")) operations.add((String) op.get("operationId"));
        }));
        assertEquals(new TreeSet<>(List.of("getCandidateEligibility", "recordProfessionalFile", "listCertificates", "getCertificate", "revokeCertificate",
                "verifyCertificate", "getIndicators", "getRegistration", "recordResults", "listSessions", "planSession", "getSession", "registerCandidate")),
                operations);
        given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
