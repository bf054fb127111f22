package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.certification.persistence.ExamSessionRepository;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Exam sessions: a jury of at least two professionals; never more candidates than places. */
@QuarkusTest
class SessionsTest {
    @Inject
    ExamSessionRepository sessions;

    @Test
    void a_session_never_takes_more_candidates_than_its_capacity_even_concurrently() throws Exception {
        UUID cohort = UUID.randomUUID();
        List<UUID> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID c = UUID.randomUUID();
            TestData.eligible(c, cohort);
            candidates.add(c);
        }
        String s = TestData.session(2);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(candidates.stream().<Callable<Integer>>map(c -> () -> TestData.register(s, c).extract().statusCode()).toList())) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(x -> x == 422).count(), statuses.toString());
    }

    @Test
    void a_jury_needs_two_professionals_and_nothing_is_planned_without_them() {
        String place = "CFA " + UUID.randomUUID();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + TestData.heldOn() + "\",\"place\":\"" + place + "\",\"capacity\":5,"
                        + "\"jury\":[{\"name\":\"A\",\"professional\":true},{\"name\":\"B\",\"professional\":false}]}")
                .post("/api/v1/sessions").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:jury-incomplete"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> sessions.count("place", place)), "no session is stored");
    }

    @Test
    void trainers_cannot_see_sessions() {
        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/sessions").then().statusCode(403);
    }
}
