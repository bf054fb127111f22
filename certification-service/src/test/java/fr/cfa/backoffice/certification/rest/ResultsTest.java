package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.ALL_GRANTED;
import static fr.cfa.backoffice.certification.rest.TestData.BC01;
import static fr.cfa.backoffice.certification.rest.TestData.BC02;
import static fr.cfa.backoffice.certification.rest.TestData.BC02_FAILED;
import static fr.cfa.backoffice.certification.rest.TestData.BC03;
import static fr.cfa.backoffice.certification.rest.TestData.NONE_GRANTED;
import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.certification.persistence.CcpHeldRepository;
import fr.cfa.backoffice.certification.persistence.CertificateRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The jury's results per CCP and the outcome they make (WHOLE_TITLE, PARTIAL, FAILED); CCPs obtained count at later sessions. */
@QuarkusTest
class ResultsTest {
    @Inject
    CcpHeldRepository held;

    @Inject
    CertificateRepository certificates;

    long certificatesOf(UUID candidate) {
        return QuarkusTransaction.requiringNew().call(() -> certificates.count("candidateId", candidate));
    }

    static UUID eligibleCandidate() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        return candidate;
    }

    @Test
    void a_registration_is_for_every_ccp_of_the_title_at_first() {
        UUID candidate = eligibleCandidate();
        TestData.register(TestData.session(10), candidate).statusCode(201).body("ccps", contains(BC01, BC02, BC03)).body("status", equalTo("REGISTERED"));
    }

    @Test
    void a_candidate_registers_once_per_session() {
        UUID candidate = eligibleCandidate();
        String session = TestData.session(10);
        TestData.register(session, candidate).statusCode(201);
        TestData.register(session, candidate).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:already-registered"));
        given().auth().oauth2(OFFICER).get("/api/v1/sessions/" + session).then().statusCode(200);
    }

    @Test
    void no_ccp_granted_is_failed_and_issues_nothing() {
        UUID candidate = eligibleCandidate();
        TestData.results(TestData.registered(candidate), NONE_GRANTED).statusCode(200)
                .body("outcome", equalTo("FAILED")).body("status", equalTo("RESULTED")).body("certificateNumber", nullValue());
        assertEquals(0, certificatesOf(candidate), "no certificate nor attestation for a failed outcome");
        TestData.eligibility(candidate).body("ccpsHeld", empty());
        JsonPath event = TestData.published(candidate, 1).get(0);
        assertEquals("FAILED", event.getString("data.outcome"));
        assertNull(event.getString("data.certificateNumber"));
        assertEquals(List.of(), event.getList("data.ccpsHeld"));
    }

    @Test
    void some_ccps_granted_is_a_partial_success_with_an_attestation_of_them() {
        UUID candidate = eligibleCandidate();
        String number = TestData.results(TestData.registered(candidate), BC02_FAILED).statusCode(200)
                .body("outcome", equalTo("PARTIAL")).extract().path("certificateNumber");
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("kind", equalTo("ATTESTATION")).body("ccps", contains(BC01, BC03));
        TestData.eligibility(candidate).body("ccpsHeld", contains(BC01, BC03));
    }

    @Test
    void the_ccps_obtained_earlier_count_and_a_later_session_is_for_the_rest_only() {
        UUID candidate = eligibleCandidate();
        TestData.results(TestData.registered(candidate), BC02_FAILED).statusCode(200).body("outcome", equalTo("PARTIAL"));
        String second = TestData.register(TestData.session(10), candidate).statusCode(201).body("ccps", contains(BC02)).extract().path("id");
        String number = TestData.results(second, "{\"" + BC02 + "\":true}").statusCode(200).body("outcome", equalTo("WHOLE_TITLE"))
                .extract().path("certificateNumber");
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("kind", equalTo("CERTIFICATE")).body("ccps", contains(BC01, BC02, BC03));
        List<JsonPath> events = TestData.published(candidate, 2);
        assertEquals(List.of("PARTIAL", "WHOLE_TITLE"), events.stream().map(e -> e.getString("data.outcome")).toList());
        assertEquals(number, events.get(1).getString("data.certificateNumber"));
        assertTrue(number.matches("MSADS(-[A-Z2-9]{4}){4}"), number);
    }

    @Test
    void a_candidate_holding_every_ccp_cannot_register_again() {
        UUID candidate = eligibleCandidate();
        TestData.results(TestData.registered(candidate), ALL_GRANTED).statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        TestData.register(TestData.session(5), candidate).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:title-already-obtained"));
    }

    @Test
    void results_missing_a_ccp_sat_are_refused_and_nothing_is_stored() {
        UUID candidate = eligibleCandidate();
        String registration = TestData.registered(candidate);
        TestData.results(registration, "{\"" + BC01 + "\":true,\"" + BC02 + "\":true}").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem("ccps"));
        assertNothingRecorded(candidate, registration);
    }

    @Test
    void results_naming_a_ccp_not_sat_are_refused_and_nothing_is_stored() {
        UUID candidate = eligibleCandidate();
        TestData.results(TestData.registered(candidate), BC02_FAILED).statusCode(200);
        String second = TestData.register(TestData.session(10), candidate).statusCode(201).body("ccps", contains(BC02)).extract().path("id");
        TestData.results(second, "{\"" + BC02 + "\":true,\"" + BC03 + "\":true}").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem("ccps"));
        given().auth().oauth2(OFFICER).get("/api/v1/registrations/" + second).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("outcome", nullValue());
        TestData.eligibility(candidate).body("ccpsHeld", contains(BC01, BC03));
    }

    @Test
    void results_with_an_unknown_ccp_code_are_refused_and_nothing_is_stored() {
        UUID candidate = eligibleCandidate();
        String registration = TestData.registered(candidate);
        TestData.results(registration, "{\"" + BC01 + "\":true,\"" + BC02 + "\":true,\"RNCP99999BC09\":true}").statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem("ccps"));
        assertNothingRecorded(candidate, registration);
    }

    void assertNothingRecorded(UUID candidate, String registration) {
        given().auth().oauth2(OFFICER).get("/api/v1/registrations/" + registration).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("outcome", nullValue()).body("certificateNumber", nullValue());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> held.count("candidateId", candidate)), "no CCP is recorded as held");
        assertEquals(0, certificatesOf(candidate));
    }

    @Test
    void results_of_an_unknown_registration_are_404() {
        TestData.results(UUID.randomUUID().toString(), ALL_GRANTED).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:not-found"));
    }
}
