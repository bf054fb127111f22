package fr.cfa.backoffice.admissions.domain;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.interviewed;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CapacityAndWaitlistTest {

    static Map<String, Object> statusAndRank(String id) {
        JsonPath body = given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200).extract().jsonPath();
        return Map.of("status", body.getString("status"), "rank", String.valueOf(body.getString("waitlistRank")));
    }

    @Test
    void concurrent_admissions_never_exceed_capacity_and_the_rest_is_waitlisted_in_rank_order() throws Exception {
        UUID cohort = TestCohorts.open(2);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) ids.add(interviewed(cohort));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> decisions = ids.stream()
                    .<Callable<Integer>>map(id -> () -> decide(id, "ADMITTED").extract().statusCode()).toList();
            for (Future<Integer> f : pool.invokeAll(decisions)) assertEquals(200, f.get());
        } finally {
            pool.shutdown();
        }

        Map<String, List<String>> byStatus = ids.stream().collect(Collectors.groupingBy(id -> (String) statusAndRank(id).get("status")));
        assertEquals(2, byStatus.get("ADMITTED").size(), "exactly the capacity is admitted");
        assertEquals(4, byStatus.get("WAITLISTED").size());
        List<String> ranks = byStatus.get("WAITLISTED").stream().map(id -> (String) statusAndRank(id).get("rank")).sorted().toList();
        assertEquals(List.of("1", "2", "3", "4"), ranks);
    }

    @Test
    void when_an_admitted_candidate_withdraws_the_first_on_the_waitlist_is_admitted() {
        UUID cohort = TestCohorts.open(1);
        String admitted = interviewed(cohort);
        String first = interviewed(cohort);
        String second = interviewed(cohort);
        decide(admitted, "ADMITTED").statusCode(200).body("status", equalTo("ADMITTED"));
        decide(first, "ADMITTED").statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(1));
        decide(second, "WAITLISTED").statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(2));
        decide(first, "ADMITTED").statusCode(422).body("type", equalTo("urn:cfa:problem:cohort-full"));

        step("POST", admitted, "/withdrawal", "{\"reason\":\"moved away\"}").statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + first).then().statusCode(200)
                .body("status", equalTo("ADMITTED"))
                .body("history.step", hasItem("ADMITTED_FROM_WAITLIST"))
                .body("history.find { it.step == 'ADMITTED_FROM_WAITLIST' }.actor", equalTo("system"));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + second).then().statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(1));
    }
}
