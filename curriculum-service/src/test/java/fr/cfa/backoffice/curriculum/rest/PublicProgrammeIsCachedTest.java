package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public programme answers with an ETag and Cache-Control, and a conditional GET with a current ETag gets a 304 without a body. */
@QuarkusTest
class PublicProgrammeIsCachedTest {
    @Test
    void a_conditional_get_with_the_current_etag_answers_304_without_a_body() {
        String etag = given().get("/api/v1/programme").then().statusCode(200).contentType("application/json")
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\"")).header("Cache-Control", matchesPattern("public, max-age=\\d+"))
                .body("rncpCode", equalTo("RNCP36241")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/programme").then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "\"not-this-one\"").get("/api/v1/programme").then().statusCode(200).header("ETag", equalTo(etag))
                .body("rncpCode", equalTo("RNCP36241"));
    }

    @Test
    void the_answer_carries_one_cache_control_not_the_api_default_no_store_too() {
        for (int i = 0; i < 2; i++) { // computed, then kept
            assertEquals(List.of("public, max-age=10"), given().get("/api/v1/programme").then().statusCode(200).extract().headers().getValues("Cache-Control"));
        }
    }

    @Test
    void the_kept_answer_is_the_one_the_service_computes() {
        String first = given().get("/api/v1/programme").then().statusCode(200).extract().asString();
        assertEquals(first, given().get("/api/v1/programme").then().statusCode(200).extract().asString());
    }

    @Test
    void the_contract_documents_the_conditional_get() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String operation = "paths.'/api/v1/programme'.get";
        assertThat(doc.getList(operation + ".parameters.name"), hasItem("If-None-Match"));
        assertThat(doc.getMap(operation + ".responses").keySet(), hasItem("304"));
        assertThat(doc.getMap(operation + ".responses.'200'.headers").keySet(), hasItem("ETag"));
        assertNull(doc.get(operation + ".x-backoffice-public-cache"), "the marker is replaced by what it implies");
        assertNull(doc.get(operation + ".responses.'200'.x-backoffice-public-cache"), "nor left on the responses");
    }
}
