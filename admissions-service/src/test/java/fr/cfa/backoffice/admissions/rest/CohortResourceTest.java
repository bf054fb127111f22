package fr.cfa.backoffice.admissions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortResourceTest {
    static final String PROBLEM = "application/problem+json";

    @Test
    void the_list_is_paginated() {
        given().auth().oauth2(TestTokens.forRole("admissions-officer")).queryParam("page", 0).queryParam("size", 5)
                .when().get("/api/v1/cohorts")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("items", notNullValue())
                .body("totalItems", notNullValue());
    }

    @Test
    void without_a_token_it_is_401_and_a_trainer_or_employer_gets_403() {
        given().when().get("/api/v1/cohorts").then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unauthorized"));
        given().auth().oauth2(TestTokens.forRole("trainer")).when().get("/api/v1/cohorts").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:forbidden"));
        given().auth().oauth2(TestTokens.forRole("employer", "employer_id", UUID.randomUUID().toString()))
                .when().get("/api/v1/cohorts").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void an_unknown_cohort_is_a_404_problem() {
        given().auth().oauth2(TestTokens.forRole("manager")).when().get("/api/v1/cohorts/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:not-found"));
    }

    @Test
    void an_unknown_status_filter_is_a_400_naming_the_parameter() {
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("status", "FULL").when().get("/api/v1/cohorts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OPEN, RUNNING, CLOSED"));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        String forged = TestTokens.forRole("manager");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).when().get("/api/v1/cohorts").then().statusCode(401).contentType(PROBLEM);
    }
}
