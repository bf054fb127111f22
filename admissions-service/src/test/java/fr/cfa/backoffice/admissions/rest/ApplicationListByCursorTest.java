package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Issue 16: GET /applications pages by keyset (?cursor=) besides ?page=, with the same filters and the same scoping. */
@QuarkusTest
class ApplicationListByCursorTest {
    static final String PROBLEM = "application/problem+json";

    /** Every page of a walk from the first page, following nextCursor (bounded, so a loop fails instead of hanging). */
    static List<JsonPath> walk(String token, int size, UnaryOperator<RequestSpecification> filters) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 1_000; i++) {
            RequestSpecification request = filters.apply(given().auth().oauth2(token).queryParam("size", size));
            if (cursor != null) request.queryParam("cursor", cursor);
            JsonPath page = request.get("/api/v1/applications").then().statusCode(200).extract().jsonPath();
            pages.add(page);
            cursor = page.getString("nextCursor");
            if (cursor == null) return pages;
        }
        throw new AssertionError("the walk did not end");
    }

    static List<String> ids(List<JsonPath> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.getList("items.id")));
        return ids;
    }

    /** The whole list in one offset page: the order a walk must follow. */
    static List<String> inOnePage(String token, UUID cohort) {
        return given().auth().oauth2(token).queryParam("cohortId", cohort).queryParam("size", 100)
                .get("/api/v1/applications").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void walking_by_cursor_answers_every_application_once_in_submission_order() {
        UUID cohort = TestCohorts.open(500);
        for (int i = 0; i < 23; i++) submit(OFFICER, eligibleBody(cohort)).statusCode(201);

        List<JsonPath> pages = walk(MANAGER, 5, r -> r.queryParam("cohortId", cohort).queryParam("status", "SUBMITTED"));

        assertEquals(5, pages.size());
        List<String> ids = ids(pages);
        assertEquals(inOnePage(MANAGER, cohort), ids);
        assertEquals(23, new HashSet<>(ids).size());
        for (int i = 0; i < pages.size(); i++) {
            assertEquals(i, pages.get(i).getInt("page"));
            assertEquals(5, pages.get(i).getInt("size"));
            assertEquals(23L, pages.get(i).getLong("totalItems"));
        }
        assertEquals(3, pages.get(4).getList("items").size());
    }

    @Test
    void an_application_submitted_during_a_walk_is_answered_once_at_its_end() {
        UUID cohort = TestCohorts.open(500);
        for (int i = 0; i < 6; i++) submit(OFFICER, eligibleBody(cohort)).statusCode(201);
        JsonPath first = given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("size", 4)
                .get("/api/v1/applications").then().statusCode(200).extract().jsonPath();
        String late = submit(OFFICER, eligibleBody(cohort)).statusCode(201).extract().path("id");

        JsonPath second = given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("size", 4)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/applications").then().statusCode(200).extract().jsonPath();

        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertEquals(inOnePage(MANAGER, cohort), ids);
        assertEquals(late, ids.get(6));
        assertEquals(6L, second.getLong("totalItems"), "a cursor page does not count again");
        assertEquals(null, second.getString("nextCursor"));
    }

    @Test
    void a_malformed_cursor_answers_400_invalid_parameter_naming_the_cursor() {
        UUID cohort = TestCohorts.open(500);
        for (int i = 0; i < 3; i++) submit(OFFICER, eligibleBody(cohort)).statusCode(201);
        String valid = given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("size", 1)
                .get("/api/v1/applications").then().statusCode(200).extract().path("nextCursor");
        assertNotNull(valid);

        for (String cursor : new String[] {"not-a-cursor", "%%%", valid.substring(0, valid.length() - 5), "x".repeat(401)}) {
            given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("cursor", cursor).get("/api/v1/applications")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(cursor.length() > 400 ? "urn:cfa:problem:validation-failed" : "urn:cfa:problem:invalid-parameter"))
                    .body("errors[0].field", equalTo("cursor"));
        }
        // issued for the cohort's list: not for the whole list, nor for another status
        given().auth().oauth2(MANAGER).queryParam("cursor", valid).get("/api/v1/applications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:invalid-parameter")).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("status", "ADMITTED").queryParam("cursor", valid)
                .get("/api/v1/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cursor"));
        // a page number and a cursor contradict each other
        given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("page", 2).queryParam("cursor", valid)
                .get("/api/v1/applications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:invalid-parameter")).body("errors[0].field", equalTo("page"));
    }

    @Test
    void a_prescribers_cursor_walk_never_shows_another_prescribers_applications() {
        UUID cohort = TestCohorts.open(500);
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            submit(prescriberToken(mine), eligibleBody(cohort)).statusCode(201);
            submit(prescriberToken(theirs), eligibleBody(cohort)).statusCode(201);
        }

        // without any filter: the prescriber's scope alone bounds the walk
        List<JsonPath> pages = walk(prescriberToken(mine), 2, r -> r);
        List<String> seen = new ArrayList<>();
        pages.forEach(p -> seen.addAll(p.getList("items.prescriberId")));
        assertEquals(7, seen.size());
        assertTrue(seen.stream().allMatch(mine.toString()::equals), seen::toString);
        assertEquals(7, new HashSet<>(ids(pages)).size());

        // another walk's cursor (another prescriber's, or an officer's over everyone) is refused, not followed
        String theirCursor = walk(prescriberToken(theirs), 2, r -> r).get(0).getString("nextCursor");
        String officersCursor = given().auth().oauth2(OFFICER).queryParam("size", 1).get("/api/v1/applications")
                .then().statusCode(200).extract().path("nextCursor");
        for (String cursor : new String[] {theirCursor, officersCursor}) {
            given().auth().oauth2(prescriberToken(mine)).queryParam("cursor", cursor).get("/api/v1/applications")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cursor"));
        }
        // asking for another prescriber's list stays an empty page, by cursor too
        given().auth().oauth2(prescriberToken(mine)).queryParam("prescriberId", theirs).get("/api/v1/applications")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void offset_paging_still_works_and_its_next_cursor_continues_after_it() {
        UUID cohort = TestCohorts.open(500);
        for (int i = 0; i < 12; i++) submit(OFFICER, eligibleBody(cohort)).statusCode(201);
        List<String> all = inOnePage(MANAGER, cohort);

        Map<String, Object> second = given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("page", 1).queryParam("size", 5)
                .get("/api/v1/applications").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5)).body("totalItems", equalTo(12))
                .extract().jsonPath().getMap("$");
        assertEquals(all.subList(5, 10), ((List<?>) second.get("items")).stream().map(a -> ((Map<?, ?>) a).get("id")).toList());

        given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("size", 5).queryParam("cursor", second.get("nextCursor"))
                .get("/api/v1/applications").then().statusCode(200)
                .body("page", equalTo(2)).body("items.id", equalTo(all.subList(10, 12))).body("nextCursor", nullValue());
        given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).queryParam("page", 2).queryParam("size", 5)
                .get("/api/v1/applications").then().statusCode(200)
                .body("items.id", equalTo(all.subList(10, 12))).body("nextCursor", nullValue());
    }
}
