package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public list of open offers is answered from platform's public cache (ETag, 304), and kept current: an offer published
 * or closed shows in the next public read. Callers with a token are never answered from the public copy.
 */
@QuarkusTest
class OpenOffersStayCurrentTest {
    @Test
    void a_published_then_closed_offer_shows_in_the_next_public_list() {
        String employer = TestData.employer();
        String first = OfferVisibilityTest.offer(employer, "Médiateur — première");
        String etag = given().queryParam("employerId", employer).get("/api/v1/offers").then().statusCode(200)
                .header("Vary", "Accept, Authorization").body("items.id", equalTo(List.of(first))).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("employerId", employer).get("/api/v1/offers").then().statusCode(304);

        String second = OfferVisibilityTest.offer(employer, "Médiateur — seconde");
        given().header("If-None-Match", etag).queryParam("employerId", employer).get("/api/v1/offers").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("items.id", hasItems(first, second)).body("totalItems", equalTo(2));

        given().auth().oauth2(TestData.OFFICER).post("/api/v1/offers/" + first + "/closure").then().statusCode(200);
        given().queryParam("employerId", employer).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", not(hasItem(first))).body("totalItems", equalTo(1));
        given().get("/api/v1/offers/" + first).then().statusCode(404);
    }

    @Test
    void an_employer_is_answered_its_own_view_not_the_public_copy() {
        String employer = TestData.employer();
        String open = OfferVisibilityTest.offer(employer, "Médiateur — ouverte");
        String closed = OfferVisibilityTest.offer(employer, "Médiateur — fermée");
        given().auth().oauth2(TestData.OFFICER).post("/api/v1/offers/" + closed + "/closure").then().statusCode(200);
        given().queryParam("employerId", employer).get("/api/v1/offers").then().statusCode(200).body("totalItems", equalTo(1)); // kept

        given().auth().oauth2(TestTokens.forRole("employer", "employer_id", employer)).queryParam("employerId", employer).get("/api/v1/offers")
                .then().statusCode(200).body("items.id", hasItems(open, closed)).body("totalItems", equalTo(2));
    }
}
