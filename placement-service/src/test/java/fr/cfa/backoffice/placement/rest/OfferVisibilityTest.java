package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which offers is decided by role (docs/rules.md, "The public contract": roles, open offers public), never by "has a token". */
@QuarkusTest
class OfferVisibilityTest {
    static final String PROBLEM = "application/problem+json";

    String employerA;
    String employerB;
    String openOffer;
    String closedOffer;

    @BeforeEach
    void anOpenAndAClosedOfferOfEmployerA() {
        employerA = TestData.employer();
        employerB = TestData.employer();
        openOffer = offer(employerA, "Médiateur — ouverte");
        closedOffer = offer(employerA, "Médiateur — fermée");
        given().auth().oauth2(TestData.OFFICER).post("/api/v1/offers/" + closedOffer + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    static String offer(String employerId, String title) {
        return given().auth().oauth2(TestData.OFFICER).contentType(ContentType.JSON)
                .body("{\"employerId\":\"" + employerId + "\",\"title\":\"" + title + "\",\"place\":\"Saint-Denis\",\"startDate\":\"2027-01-18\",\"positions\":1}")
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
    }

    /** The callers who get exactly the public view (null: no token). */
    static final Map<String, String> PUBLIC_READERS = new LinkedHashMap<>();

    static {
        PUBLIC_READERS.put("anonymous", null);
        PUBLIC_READERS.put("prescriber", TestTokens.forRole("prescriber", "prescriber_id", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
        PUBLIC_READERS.put("trainer", TestTokens.forRole("trainer"));
        PUBLIC_READERS.put("admissions-officer", TestTokens.forRole("admissions-officer"));
        PUBLIC_READERS.put("certification-officer", TestTokens.forRole("certification-officer"));
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    /** Runs the checks for each public reader; a failure names the reader. */
    static void forEachPublicReader(Consumer<String> checks) {
        PUBLIC_READERS.forEach((who, token) -> {
            try {
                checks.accept(token);
            } catch (AssertionError e) {
                throw new AssertionError(who + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void a_closed_offer_is_not_found_for_the_public_a_prescriber_a_trainer_and_other_staff_without_offers() {
        forEachPublicReader(token -> as(token).get("/api/v1/offers/" + closedOffer).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:not-found")));
    }

    @Test
    void the_public_view_lists_open_offers_only_whatever_the_filters() {
        forEachPublicReader(token -> {
            as(token).queryParam("employerId", employerA).get("/api/v1/offers").then().statusCode(200)
                    .body("items.id", hasItem(openOffer)).body("items.id", not(hasItem(closedOffer))).body("totalItems", equalTo(1));
            as(token).queryParam("employerId", employerA).queryParam("status", "CLOSED").get("/api/v1/offers").then().statusCode(200)
                    .body("items.id", not(hasItem(closedOffer))).body("totalItems", equalTo(0));
            as(token).get("/api/v1/offers/" + openOffer).then().statusCode(200).body("status", equalTo("OPEN"));
        });
    }

    @Test
    void placement_officers_and_managers_see_every_offer() {
        for (String role : List.of("placement-officer", "manager")) {
            String token = TestTokens.forRole(role);
            given().auth().oauth2(token).get("/api/v1/offers/" + closedOffer).then().statusCode(200).body("status", equalTo("CLOSED"));
            given().auth().oauth2(token).queryParam("employerId", employerA).get("/api/v1/offers").then().statusCode(200)
                    .body("items.id", hasItems(openOffer, closedOffer)).body("totalItems", equalTo(2));
            given().auth().oauth2(token).queryParam("employerId", employerA).queryParam("status", "CLOSED").get("/api/v1/offers").then()
                    .statusCode(200).body("items.id", equalTo(List.of(closedOffer)));
        }
    }

    @Test
    void an_employer_sees_its_own_offers_whatever_their_status_and_only_the_open_ones_of_others() {
        String a = TestTokens.forRole("employer", "employer_id", employerA);
        String b = TestTokens.forRole("employer", "employer_id", employerB);

        given().auth().oauth2(a).get("/api/v1/offers/" + closedOffer).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(a).queryParam("employerId", employerA).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItems(openOffer, closedOffer)).body("totalItems", equalTo(2));

        given().auth().oauth2(b).get("/api/v1/offers/" + closedOffer).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(b).get("/api/v1/offers/" + openOffer).then().statusCode(200);
        given().auth().oauth2(b).queryParam("employerId", employerA).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItem(openOffer)).body("items.id", not(hasItem(closedOffer))).body("totalItems", equalTo(1));
        given().auth().oauth2(b).queryParam("status", "CLOSED").queryParam("size", 100).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", not(hasItem(closedOffer))).body("items.employerId", not(hasItem(employerA)));
        // seeing an open offer is not owning it
        given().auth().oauth2(b).post("/api/v1/offers/" + openOffer + "/closure").then().statusCode(404).contentType(PROBLEM);
    }
}
