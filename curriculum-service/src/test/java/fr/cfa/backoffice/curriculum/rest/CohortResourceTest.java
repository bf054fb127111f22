package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortResourceTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    CohortRepository cohorts;

    static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String body(String code, String start, Object capacity) {
        return "{\"code\":\"" + code + "\",\"startDate\":\"" + start + "\",\"capacity\":" + capacity + "}";
    }

    @Test
    void a_trainer_schedules_a_cohort_that_ends_after_eleven_plus_thirteen_weeks() {
        String code = uniqueCode();
        String location = given().auth().oauth2(TestTokens.forUser("trainer", "claire.trainer"))
                .contentType(ContentType.JSON).body(body(code, "2027-01-04", 12))
                .when().post("/api/v1/cohorts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/cohorts/"))
                .body("code", equalTo(code))
                .body("startDate", equalTo("2027-01-04"))
                .body("endDate", equalTo("2027-06-20"))
                .body("capacity", equalTo(12))
                .body("status", equalTo("OPEN"))
                .body("createdBy", equalTo("claire.trainer"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.forRole("manager"))
                .when().get(location)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo(code));
    }

    @Test
    void the_calendar_lays_out_the_cohort_rhythm_with_public_holidays() {
        String id = given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + uniqueCode() + "\",\"startDate\":\"2027-03-22\",\"capacity\":12,\"place\":\"CFA Saint-Denis\","
                        + "\"rhythm\":{\"initialCenterWeeks\":2,\"centerWeeks\":1,\"employerWeeks\":1}}")
                .post("/api/v1/cohorts").then().statusCode(201)
                .body("place", equalTo("CFA Saint-Denis"))
                .body("rhythm.initialCenterWeeks", equalTo(2))
                .extract().path("id");
        given().auth().oauth2(TestTokens.forRole("placement-officer")).get("/api/v1/cohorts/" + id + "/calendar")
                .then().statusCode(200)
                .body("centerWeeks", equalTo(11))
                .body("employerWeeks", equalTo(13))
                .body("weeks.size()", equalTo(24))
                .body("weeks[0].kind", equalTo("CENTER"))
                .body("weeks[1].kind", equalTo("CENTER"))
                .body("weeks[2].kind", equalTo("EMPLOYER"))
                .body("weeks[1].publicHolidays[0].name", equalTo("Lundi de Pâques"))
                .body("weeks[1].centerHours", equalTo(28))
                .body("weeks[0].modules[0].moduleCode", equalTo("M1"))
                .body("startDate", equalTo("2027-03-22"))
                .body("endDate", equalTo("2027-09-05"));
    }

    @Test
    void a_rhythm_that_cannot_produce_eleven_plus_thirteen_weeks_is_a_422_that_says_why() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + uniqueCode() + "\",\"startDate\":\"2027-01-04\",\"capacity\":12,"
                        + "\"rhythm\":{\"initialCenterWeeks\":12,\"centerWeeks\":1,\"employerWeeks\":1}}")
                .when().post("/api/v1/cohorts")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:rhythm-cannot-produce-calendar"))
                .body("detail", containsString("exceeds the 11 centre weeks"));
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + uniqueCode() + "\",\"startDate\":\"2027-01-04\",\"capacity\":12,"
                        + "\"rhythm\":{\"centerWeeks\":0,\"employerWeeks\":2}}")
                .when().post("/api/v1/cohorts")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("at least one centre week"));
    }

    @Test
    void cohorts_are_listed_by_page_and_filtered_by_status() {
        String code = uniqueCode();
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(code, "2027-03-01", 10))
                .post("/api/v1/cohorts").then().statusCode(201);

        given().auth().oauth2(TestTokens.forRole("admissions-officer"))
                .queryParam("status", "OPEN").queryParam("size", 100)
                .when().get("/api/v1/cohorts")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("totalItems", notNullValue())
                .body("items.code", hasItem(code));

        given().auth().oauth2(TestTokens.forRole("manager"))
                .queryParam("status", "CLOSED").queryParam("size", 100)
                .when().get("/api/v1/cohorts")
                .then().statusCode(200)
                .body("items.code", not(hasItem(code)));
    }

    @Test
    void a_duplicate_code_is_a_conflict_and_stores_nothing() {
        String code = uniqueCode();
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(code, "2027-01-04", 12))
                .post("/api/v1/cohorts").then().statusCode(201);
        long before = QuarkusTransaction.requiringNew().call(() -> cohorts.count());

        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(code, "2027-02-01", 8))
                .when().post("/api/v1/cohorts")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:duplicate-cohort-code"))
                .body("code", equalTo(code));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> cohorts.count()));
    }

    @Test
    void a_start_date_that_is_not_a_monday_is_refused_by_rule() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(uniqueCode(), "2027-01-05", 12))
                .when().post("/api/v1/cohorts")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-start-not-monday"))
                .body("detail", containsString("TUESDAY"));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body("{\"code\": \"X1\", ")
                .when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:malformed-json"))
                .body("status", equalTo(400))
                .body(not(containsString("at org.")));
    }

    @Test
    void a_value_of_the_wrong_type_names_the_field() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(uniqueCode(), "2027-01-04", "\"twelve\""))
                .when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors[0].field", equalTo("capacity"))
                .body("errors[0].message", equalTo("must be a number"));

        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body(body(uniqueCode(), "04/01/2027", 3))
                .when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void missing_and_invalid_fields_are_all_listed() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON).body("{\"code\":\"bad code\",\"capacity\":0}")
                .when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors.field", hasItems("code", "startDate", "capacity"));

        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON)
                .when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void an_unknown_enum_value_in_a_filter_is_a_400_listing_the_accepted_values() {
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("status", "ARCHIVED")
                .when().get("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OPEN"));
    }

    @Test
    void paging_beyond_the_limits_is_a_400() {
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("size", 101)
                .when().get("/api/v1/cohorts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void an_unknown_cohort_is_a_404_problem() {
        given().auth().oauth2(TestTokens.forRole("manager"))
                .when().get("/api/v1/cohorts/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:not-found"))
                .body("instance", containsString("/api/v1/cohorts/"));
    }

    @Test
    void a_malformed_id_is_a_400_not_a_404() {
        given().auth().oauth2(TestTokens.forRole("manager"))
                .when().get("/api/v1/cohorts/not-a-uuid")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:invalid-parameter"));
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.TEXT).body("code=X")
                .when().post("/api/v1/cohorts")
                .then().statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unsupported-media-type"));
    }

    @Test
    void without_a_token_it_is_401_and_with_the_wrong_role_403() {
        given().contentType(ContentType.JSON).body(body(uniqueCode(), "2027-01-04", 12))
                .when().post("/api/v1/cohorts")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:cfa:problem:unauthorized"));

        given().auth().oauth2("not.a.token").when().get("/api/v1/cohorts")
                .then().statusCode(401).contentType(PROBLEM);

        given().auth().oauth2(TestTokens.forRole("manager")).contentType(ContentType.JSON).body(body(uniqueCode(), "2027-01-04", 12))
                .when().post("/api/v1/cohorts")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:forbidden"));

        given().auth().oauth2(TestTokens.forRole("employer", "employer_id", UUID.randomUUID().toString()))
                .when().get("/api/v1/cohorts")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("instance", endsWith("/api/v1/nothing-here"));
    }

    @Test
    void openapi_and_health_are_public() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
