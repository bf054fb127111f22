package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A 201's Location leads to what was created: a client reads the session and the registration (and, later, its results) there. */
@QuarkusTest
class CreatedResourcesTest {

    @Test
    void a_planned_session_is_read_at_its_location() {
        ExtractableResponse<Response> created = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + TestData.heldOn() + "\",\"place\":\"CFA, salle 4\",\"capacity\":8,"
                        + "\"jury\":[{\"name\":\"Mme Pro\",\"professional\":true},{\"name\":\"M. Pro\",\"professional\":true}]}")
                .post("/api/v1/sessions").then().statusCode(201).extract();
        String id = created.path("id");
        given().auth().oauth2(TestTokens.forRole(Roles.MANAGER)).get(created.header("Location")).then().statusCode(200)
                .contentType(ContentType.JSON).body("id", equalTo(id)).body("place", equalTo("CFA, salle 4")).body("capacity", equalTo(8))
                .body("jury.name", contains("Mme Pro", "M. Pro")).body("jury.professional", contains(true, true)).body("status", equalTo("PLANNED"));
    }

    @Test
    void a_registration_is_read_at_its_location_and_names_its_certificate_once_resulted() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        ExtractableResponse<Response> created = TestData.register(TestData.session(10), candidate).statusCode(201).extract();
        String location = created.header("Location");
        String registration = created.path("id");
        given().auth().oauth2(OFFICER).get(location).then().statusCode(200).body("id", equalTo(registration))
                .body("candidateId", equalTo(candidate.toString())).body("status", equalTo("REGISTERED"))
                .body("outcome", nullValue()).body("certificateNumber", nullValue());

        String number = TestData.results(registration, TestData.ALL_GRANTED).statusCode(200).extract().path("certificateNumber");
        given().auth().oauth2(TestTokens.forRole(Roles.MANAGER)).get(location).then().statusCode(200).body("status", equalTo("RESULTED"))
                .body("outcome", equalTo("WHOLE_TITLE")).body("certificateNumber", equalTo(number)).body("recordedBy", equalTo("chloe.certif"));
    }

    @Test
    void an_unknown_session_or_registration_is_a_404_problem() {
        for (String path : new String[] {"/api/v1/sessions/", "/api/v1/registrations/"}) {
            given().auth().oauth2(OFFICER).get(path + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:cfa:problem:not-found"));
        }
    }

    @Test
    void trainers_and_the_public_cannot_read_them() {
        for (String path : new String[] {"/api/v1/sessions/", "/api/v1/registrations/"}) {
            given().auth().oauth2(TestTokens.forRole(Roles.TRAINER)).get(path + UUID.randomUUID()).then().statusCode(403);
            given().get(path + UUID.randomUUID()).then().statusCode(401);
        }
    }
}
