package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An employer sees and changes only its own data; an employer token that does not say which employer is refused. */
@QuarkusTest
class EmployerScopeTest {
    static ValidatableResponse tutorAs(String token, String employerId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"firstName\":\"T\",\"lastName\":\"T\",\"diplomaRelevant\":false,\"relevantExperienceMonths\":30}")
                .post("/api/v1/employers/" + employerId + "/tutors").then();
    }

    static String offerBody() {
        return "{\"title\":\"Médiateur social\",\"place\":\"Saint-Denis\",\"zones\":[\"ligne 153\"],\"startDate\":\"" + TestData.today().plusWeeks(3)
                + "\",\"positions\":1}";
    }

    @Test
    void an_employer_sees_and_changes_only_its_own_contracts_and_tutors() {
        UUID candidate = UUID.randomUUID();
        LocalDate start = TestData.mondayWeeksAgo(4);
        TestData.cohortWithLearner(start, candidate);
        String mine = TestData.employer();
        String other = TestData.employer();
        String contract = TestData.sign(candidate, mine, TestData.qualifiedTutor(mine), start.plusWeeks(1).toString(), start.plusWeeks(24).toString())
                .statusCode(201).extract().path("id");
        String me = TestTokens.forRole("employer", "employer_id", mine);
        String them = TestTokens.forRole("employer", "employer_id", other);

        given().auth().oauth2(me).get("/api/v1/employers/" + mine).then().statusCode(200).body("id", equalTo(mine));
        given().auth().oauth2(them).get("/api/v1/employers/" + mine).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(me).get("/api/v1/contracts/" + contract).then().statusCode(200).body("id", equalTo(contract));
        given().auth().oauth2(them).get("/api/v1/contracts/" + contract).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(me).get("/api/v1/contracts").then().statusCode(200).body("items.id", hasItem(contract));
        given().auth().oauth2(them).get("/api/v1/contracts").then().statusCode(200).body("items.id", not(hasItem(contract)));
        TestData.terminate(them, contract, TestData.today(), "EMPLOYER", "MUTUAL_AGREEMENT").statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(them).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"" + start.plusWeeks(1) + "\",\"periodTo\":\"" + start.plusWeeks(2) + "\",\"ratings\":" + TestData.ALL_RATINGS + "}")
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200).body("status", equalTo("ACTIVE"));
        tutorAs(them, mine).statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(them).get("/api/v1/learners").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void an_employer_publishes_and_closes_only_its_own_offers() {
        String mine = TestData.employer();
        String me = TestTokens.forRole("employer", "employer_id", mine);
        String them = TestTokens.forRole("employer", "employer_id", TestData.employer());
        String offer = given().auth().oauth2(me).contentType(ContentType.JSON).body(offerBody())
                .post("/api/v1/offers").then().statusCode(201).body("employerId", equalTo(mine)).extract().path("id");
        given().get("/api/v1/offers/" + offer).then().statusCode(200).body("title", equalTo("Médiateur social")).body("contactEmail", nullValue());
        given().get("/api/v1/offers").then().statusCode(200).body("items.id", hasItem(offer));
        given().auth().oauth2(them).post("/api/v1/offers/" + offer + "/closure").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/offers/" + offer).then().statusCode(200);
        given().auth().oauth2(me).post("/api/v1/offers/" + offer + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().get("/api/v1/offers/" + offer).then().statusCode(404);
        given().get("/api/v1/offers").then().statusCode(200).body("items.id", not(hasItem(offer)));
    }

    static void assertForbiddenForWantOfEmployerId(ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:forbidden")).body("status", equalTo(403))
                .body("detail", containsString("employer_id"));
    }

    @Test
    void an_employer_token_without_employer_id_is_refused_with_403_on_every_employer_endpoint_and_changes_nothing() {
        String mine = TestData.employer();
        String noClaim = TestTokens.forRole("employer");
        assertForbiddenForWantOfEmployerId(given().auth().oauth2(noClaim).get("/api/v1/employers/" + mine).then());
        assertForbiddenForWantOfEmployerId(given().auth().oauth2(noClaim).get("/api/v1/contracts").then());
        assertForbiddenForWantOfEmployerId(tutorAs(noClaim, mine));
        assertForbiddenForWantOfEmployerId(given().auth().oauth2(noClaim).contentType(ContentType.JSON).body(offerBody()).post("/api/v1/offers").then());
        given().auth().oauth2(OFFICER).get("/api/v1/offers?employerId=" + mine).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void an_employer_token_with_a_malformed_employer_id_is_refused_with_403() {
        String mine = TestData.employer();
        for (String malformed : new String[] {"not-a-uuid", "", mine + "x"}) {
            String token = TestTokens.forRole("employer", "employer_id", malformed);
            assertForbiddenForWantOfEmployerId(given().auth().oauth2(token).get("/api/v1/employers/" + mine).then());
            assertForbiddenForWantOfEmployerId(given().auth().oauth2(token).get("/api/v1/contracts").then());
        }
    }
}
