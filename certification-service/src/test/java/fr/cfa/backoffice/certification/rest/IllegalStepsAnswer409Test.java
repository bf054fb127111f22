package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A step the state machine refuses answers 409 illegal-transition, naming the state the resource is in. */
@QuarkusTest
class IllegalStepsAnswer409Test {
    @Test
    void a_revoked_certificate_cannot_be_revoked_again() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String number = TestData.certified(candidate);
        revoke(number).then().statusCode(200).body("status", equalTo("REVOKED"));
        revoke(number).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("REVOKED"));
        given().get("/api/v1/certificates/" + number + "/verification").then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void a_resulted_registration_cannot_have_its_results_recorded_again() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String registration = TestData.register(TestData.session(10), candidate).statusCode(201).extract().path("id");
        TestData.results(registration, TestData.ALL_GRANTED).statusCode(200).body("status", equalTo("RESULTED"));
        TestData.results(registration, TestData.ALL_GRANTED).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("RESULTED"));
    }

    private static io.restassured.response.Response revoke(String number) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"reason\":\"falsified file\"}")
                .post("/api/v1/certificates/" + number + "/revocation");
    }
}
