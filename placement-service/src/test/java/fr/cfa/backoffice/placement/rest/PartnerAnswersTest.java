package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RQTH is health data (GDPR art. 9): placement never receives it and no partner answer may let anyone infer it.
 * Every answer an employer or an anonymous caller can get about a learner is collected and scanned.
 */
@QuarkusTest
class PartnerAnswersTest {
    static final List<String> FORBIDDEN = List.of("rqth", "handicap", "disab");

    @Test
    void no_answer_an_employer_or_the_public_can_get_about_a_learner_mentions_rqth_or_disability() {
        UUID candidate = UUID.randomUUID();
        UUID cohort = TestData.announceCohort(LocalDate.parse("2026-01-05"));
        // admissions never puts RQTH in an event; even if a producer did, placement would read past it
        KafkaTestClient.send("admissions.applications", candidate.toString(), TestData.admittedEvent(candidate, cohort)
                .replace("\"admittedAt\"", "\"rqth\":true,\"ageExemption\":\"RQTH\",\"admittedAt\""));
        TestData.admit(candidate, cohort); // waits until the learner is placeable
        String employer = TestData.employer();
        String tutor = TestData.tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        String me = TestTokens.forUser("employer", "tina.tutor", "employer_id", employer);
        String offer = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body("{\"title\":\"Médiateur social\",\"place\":\"Saint-Denis\",\"zones\":[\"ligne 153\"],\"startDate\":\"2026-01-12\",\"positions\":2}")
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
        String contract = given().auth().oauth2(TestData.OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + candidate + "\",\"employerId\":\"" + employer + "\",\"tutorId\":\"" + tutor + "\",\"offerId\":\"" + offer
                        + "\",\"startDate\":\"2026-01-12\",\"endDate\":\"2026-06-30\",\"weeklyHours\":35," + TestData.signedCerfa("2026-01-12") + "}")
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        Map<String, Response> answers = new LinkedHashMap<>();
        String evaluation = "{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"2026-03-01\",\"ratings\":" + TestData.ALL_RATINGS + ",\"comments\":\"bien\"}";
        answers.put("employer: evaluation", given().auth().oauth2(me).contentType(ContentType.JSON).body(evaluation)
                .post("/api/v1/contracts/" + contract + "/evaluations"));
        for (Map.Entry<String, String> caller : callers(me).entrySet()) {
            String who = caller.getKey();
            String token = caller.getValue();
            answers.put(who + ": offers", as(token).queryParam("employerId", employer).get("/api/v1/offers"));
            answers.put(who + ": offer", as(token).get("/api/v1/offers/" + offer));
            answers.put(who + ": employer", as(token).get("/api/v1/employers/" + employer));
            answers.put(who + ": contracts", as(token).queryParam("size", 100).get("/api/v1/contracts"));
            answers.put(who + ": contract", as(token).get("/api/v1/contracts/" + contract));
            answers.put(who + ": learners", as(token).queryParam("cohortId", cohort).get("/api/v1/learners"));
            answers.put(who + ": termination", as(token).contentType(ContentType.JSON)
                    .body("{\"date\":\"2026-01-05\",\"initiator\":\"EMPLOYER\",\"ground\":\"FREE_DURING_FIRST_45_DAYS\",\"reason\":\"x\","
                            + TestData.informedToday() + "}")
                    .post("/api/v1/contracts/" + contract + "/termination"));
        }

        assertEquals(201, answers.get("employer: evaluation").statusCode());
        assertEquals(200, answers.get("employer: contract").statusCode());
        assertTrue(answers.get("employer: contract").asString().contains(candidate.toString()), "the scan reaches the learner's own data");
        assertEquals(200, answers.get("anonymous: offer").statusCode());
        answers.forEach((what, answer) -> {
            String body = answer.asString().toLowerCase(Locale.ROOT);
            String headers = answer.headers().toString().toLowerCase(Locale.ROOT);
            for (String word : FORBIDDEN) {
                assertFalse(body.contains(word), what + " (" + answer.statusCode() + ") mentions '" + word + "': " + body);
                assertFalse(headers.contains(word), what + " headers mention '" + word + "'");
            }
        });
    }

    static Map<String, String> callers(String employerToken) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("employer", employerToken);
        callers.put("anonymous", null);
        return callers;
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }
}
