package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After a jury grants the title, the officer finds the certificate over HTTP: in the results answer, and by candidate. */
@QuarkusTest
class CertificateLookupTest {

    @Test
    void the_results_answer_names_the_certificate_it_issued_and_the_candidates_list_has_it() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String registration = TestData.register(TestData.session(10), candidate).statusCode(201).extract().path("id");
        String number = TestData.results(registration, TestData.ALL_GRANTED)
                .statusCode(200).body("outcome", equalTo("WHOLE_TITLE")).extract().path("certificateNumber");

        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("candidateId", equalTo(candidate.toString())).body("kind", equalTo("CERTIFICATE"));
        given().auth().oauth2(OFFICER).queryParam("candidateId", candidate).get("/api/v1/certificates").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.number", contains(number)).body("items[0].kind", equalTo("CERTIFICATE"))
                .body("items[0].status", equalTo("VALID"));
        given().auth().oauth2(TestTokens.forRole(Roles.MANAGER)).queryParam("candidateId", candidate).get("/api/v1/certificates")
                .then().statusCode(200).body("items.number", contains(number));
    }

    @Test
    void another_candidate_has_an_empty_list() {
        given().auth().oauth2(OFFICER).queryParam("candidateId", UUID.randomUUID()).get("/api/v1/certificates").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void the_list_needs_a_candidate() {
        given().auth().oauth2(OFFICER).get("/api/v1/certificates").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem("candidateId"));
    }

    @Test
    void partners_and_the_public_cannot_list_certificates() {
        given().auth().oauth2(TestTokens.forRole(Roles.EMPLOYER, Roles.EMPLOYER_ID_CLAIM, UUID.randomUUID().toString()))
                .queryParam("candidateId", UUID.randomUUID()).get("/api/v1/certificates").then().statusCode(403);
        given().queryParam("candidateId", UUID.randomUUID()).get("/api/v1/certificates").then().statusCode(401);
    }
}
