package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without NATIONAL_DASHBOARD_KEY (the default test profile) nothing is sent, and the service stays ready. */
@QuarkusTest
class NationalDashboardWithoutKeyTest {
    @Test
    void no_key_no_transmission_and_readiness_stays_up() {
        given().auth().oauth2(TestTokens.forRole("manager")).post("/api/v1/national-dashboard/transmissions").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:national-dashboard-not-configured"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
