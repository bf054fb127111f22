package fr.cfa.backoffice.admissions.domain;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.interviewed;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A waitlist has no gaps: when a waitlisted file leaves it (rejected or withdrawn), those behind it move up one rank. */
@QuarkusTest
class WaitlistRanksTest {

    /** A cohort of one seat, its seat taken, and three files waitlisted at ranks 1, 2 and 3 (in that order). */
    record Waitlist(UUID cohort, String admitted, List<String> waiting) {}

    static Waitlist fullCohortWithThreeWaiting() {
        UUID cohort = TestCohorts.open(1);
        String admitted = interviewed(cohort);
        decide(admitted, "ADMITTED").statusCode(200).body("status", equalTo("ADMITTED"));
        List<String> waiting = List.of(interviewed(cohort), interviewed(cohort), interviewed(cohort));
        for (int i = 0; i < waiting.size(); i++) {
            decide(waiting.get(i), "ADMITTED").statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(i + 1));
        }
        return new Waitlist(cohort, admitted, waiting);
    }

    /** Each file's status and rank, in the order given. */
    static Map<String, String> ranks(List<String> ids) {
        Map<String, String> ranks = new LinkedHashMap<>();
        for (String id : ids) {
            JsonPath body = given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200).extract().jsonPath();
            ranks.put(id, body.getString("status") + "#" + body.getString("waitlistRank"));
        }
        return ranks;
    }

    static Map<String, String> expected(List<String> ids, String... statusAndRank) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) expected.put(ids.get(i), statusAndRank[i]);
        return expected;
    }

    @Test
    void rejecting_the_first_waitlisted_file_moves_the_others_up_one_rank() {
        Waitlist list = fullCohortWithThreeWaiting();
        decide(list.waiting().get(0), "REJECTED").statusCode(200).body("status", equalTo("REJECTED")).body("waitlistRank", nullValue());

        assertEquals(expected(list.waiting(), "REJECTED#null", "WAITLISTED#1", "WAITLISTED#2"), ranks(list.waiting()));
    }

    @Test
    void withdrawing_a_waitlisted_file_moves_up_only_those_behind_it() {
        Waitlist list = fullCohortWithThreeWaiting();
        step("POST", list.waiting().get(1), "/withdrawal", "{\"reason\":\"found another training\"}").statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("waitlistRank", nullValue());

        assertEquals(expected(list.waiting(), "WAITLISTED#1", "WITHDRAWN#null", "WAITLISTED#2"), ranks(list.waiting()));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + list.admitted()).then().statusCode(200)
                .body("status", equalTo("ADMITTED")); // a waitlisted file leaving frees no seat
    }

    @Test
    void after_ranks_close_up_the_next_waitlisted_file_takes_the_rank_after_the_last() {
        Waitlist list = fullCohortWithThreeWaiting();
        decide(list.waiting().get(0), "REJECTED").statusCode(200);
        String next = interviewed(list.cohort());

        decide(next, "ADMITTED").statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(3));
    }

    @Test
    void the_first_waitlisted_after_a_rejection_is_the_one_promoted_when_a_seat_frees() {
        Waitlist list = fullCohortWithThreeWaiting();
        decide(list.waiting().get(0), "REJECTED").statusCode(200);
        step("POST", list.admitted(), "/withdrawal", "{\"reason\":\"moved away\"}").statusCode(200);

        assertEquals(expected(list.waiting(), "REJECTED#null", "ADMITTED#null", "WAITLISTED#1"), ranks(list.waiting()));
    }
}
