package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The creations a partner (an employer) can make take an Idempotency-Key: a retry with the same key and body answers
 * 201 with what the first call created, marked Idempotent-Replayed; the same key with another body is refused (422)
 * and stores nothing; the key is the caller's own, so another employer's identical key creates its own resource.
 */
@QuarkusTest
class IdempotentCreationsTest {
    static final String PROBLEM = "application/problem+json";
    static final String REUSED = "urn:cfa:problem:idempotency-key-reused";
    static final String OFFER = "{\"title\":\"Médiateur social\",\"place\":\"Saint-Denis\",\"zones\":[\"ligne 153\"],\"startDate\":\"2027-01-18\",\"positions\":%d}";
    static final String TUTOR = "{\"firstName\":\"Karim\",\"lastName\":\"Haddad\",\"diplomaLevel\":5,\"diplomaRelevant\":true,\"relevantExperienceMonths\":%d}";
    static final String EVALUATION = "{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"2026-03-01\",\"ratings\":" + TestData.ALL_RATINGS
            + ",\"comments\":\"%s\"}";

    static String employerToken(String employerId) {
        return TestTokens.forUser("employer", "tina.tutor", "employer_id", employerId);
    }

    static ExtractableResponse<Response> post(String token, String key, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path).then().extract();
    }

    static ExtractableResponse<Response> created(ExtractableResponse<Response> answer) {
        assertEquals(201, answer.statusCode(), answer.asString());
        return answer;
    }

    /** The first call and its retry: same status, same body, and only the retry says it replayed. */
    static void assertReplayed(ExtractableResponse<Response> first, ExtractableResponse<Response> retry) {
        created(first);
        created(retry);
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(comparable(first.jsonPath().getMap("")), comparable(retry.jsonPath().getMap("")), "the retry answers what the first call created");
    }

    /**
     * The body with its timestamps as instants to the microsecond: the first answer shows the time as the clock gave it,
     * a retry as PostgreSQL stored it (the same instant rounded to the microsecond, in UTC).
     */
    static Map<String, Object> comparable(Map<String, Object> body) {
        Map<String, Object> comparable = new HashMap<>();
        body.forEach((field, value) -> {
            try {
                comparable.put(field, value instanceof String s && s.length() > 19 && s.charAt(10) == 'T'
                        ? OffsetDateTime.parse(s).toInstant().plusNanos(500).truncatedTo(ChronoUnit.MICROS) : value);
            } catch (DateTimeParseException notATime) {
                comparable.put(field, value);
            }
        });
        return comparable;
    }

    static void assertReused(ExtractableResponse<Response> answer) {
        assertEquals(422, answer.statusCode(), answer.asString());
        assertEquals(PROBLEM, answer.contentType());
        assertEquals(REUSED, answer.jsonPath().getString("type"));
    }

    static long offersOf(String employerId) {
        return given().auth().oauth2(TestData.OFFICER).queryParam("employerId", employerId).get("/api/v1/offers").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    @Test
    void publishOffer_retried_with_its_key_answers_the_first_offer_and_another_body_is_refused() {
        String employer = TestData.employer();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(employerToken(employer), key, "/api/v1/offers", OFFER.formatted(2));
        ExtractableResponse<Response> retry = post(employerToken(employer), key, "/api/v1/offers", OFFER.formatted(2));
        assertReplayed(first, retry);
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(employer, retry.jsonPath().getString("employerId"));
        assertReused(post(employerToken(employer), key, "/api/v1/offers", OFFER.formatted(3)));
        assertEquals(1, offersOf(employer), "one offer published, whatever the retries");
    }

    @Test
    void publishOffer_with_another_employers_identical_key_publishes_its_own_offer() {
        String mine = TestData.employer();
        String theirs = TestData.employer();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> myOffer = created(post(employerToken(mine), key, "/api/v1/offers", OFFER.formatted(2)));
        ExtractableResponse<Response> theirOffer = created(post(employerToken(theirs), key, "/api/v1/offers", OFFER.formatted(2)));
        assertEquals(null, theirOffer.header("Idempotent-Replayed"));
        assertNotEquals(myOffer.jsonPath().getString("id"), theirOffer.jsonPath().getString("id"));
        assertEquals(theirs, theirOffer.jsonPath().getString("employerId"));
        assertEquals(1, offersOf(theirs));
    }

    @Test
    void addTutor_retried_with_its_key_answers_the_first_tutor_and_another_body_is_refused() {
        String employer = TestData.employer();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/employers/" + employer + "/tutors";
        ExtractableResponse<Response> first = post(employerToken(employer), key, path, TUTOR.formatted(24));
        ExtractableResponse<Response> retry = post(employerToken(employer), key, path, TUTOR.formatted(24));
        assertReplayed(first, retry);
        assertEquals(employer, retry.jsonPath().getString("employerId"));
        assertReused(post(employerToken(employer), key, path, TUTOR.formatted(36)));
    }

    @Test
    void addTutor_with_another_employers_identical_key_adds_its_own_tutor() {
        String mine = TestData.employer();
        String theirs = TestData.employer();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> myTutor = created(post(employerToken(mine), key, "/api/v1/employers/" + mine + "/tutors", TUTOR.formatted(24)));
        ExtractableResponse<Response> theirTutor = created(post(employerToken(theirs), key, "/api/v1/employers/" + theirs + "/tutors", TUTOR.formatted(24)));
        assertEquals(null, theirTutor.header("Idempotent-Replayed"));
        assertNotEquals(myTutor.jsonPath().getString("id"), theirTutor.jsonPath().getString("id"));
        assertEquals(theirs, theirTutor.jsonPath().getString("employerId"));
    }

    /** A contract under way with an employer of its own: returns the contract's id. */
    static String contractOf(String employer, UUID candidate, UUID cohort) {
        TestData.admit(candidate, cohort);
        String tutor = TestData.tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        return TestData.sign(candidate, employer, tutor, "2026-01-12", "2026-06-30").statusCode(201).extract().path("id");
    }

    @Test
    void recordEvaluation_retried_with_its_key_answers_the_first_evaluation_and_another_key_owner_records_its_own() {
        UUID cohort = TestData.announceCohort(LocalDate.parse("2026-01-05"));
        String mine = TestData.employer();
        String theirs = TestData.employer();
        String myContract = contractOf(mine, UUID.randomUUID(), cohort);
        String theirContract = contractOf(theirs, UUID.randomUUID(), cohort);
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = post(employerToken(mine), key, "/api/v1/contracts/" + myContract + "/evaluations", EVALUATION.formatted("bien"));
        ExtractableResponse<Response> retry = post(employerToken(mine), key, "/api/v1/contracts/" + myContract + "/evaluations", EVALUATION.formatted("bien"));
        assertReplayed(first, retry);
        assertEquals(myContract, retry.jsonPath().getString("contractId"));
        assertReused(post(employerToken(mine), key, "/api/v1/contracts/" + myContract + "/evaluations", EVALUATION.formatted("très bien")));

        ExtractableResponse<Response> theirs1 = created(post(employerToken(theirs), key, "/api/v1/contracts/" + theirContract + "/evaluations",
                EVALUATION.formatted("bien")));
        assertEquals(null, theirs1.header("Idempotent-Replayed"));
        assertNotEquals(first.jsonPath().getString("id"), theirs1.jsonPath().getString("id"));
        assertEquals(theirContract, theirs1.jsonPath().getString("contractId"));
    }

    @Test
    void a_key_longer_than_200_characters_is_refused() {
        String employer = TestData.employer();
        given().auth().oauth2(employerToken(employer)).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201)).body(OFFER.formatted(1))
                .post("/api/v1/offers").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("Idempotency-Key"))
                .header("Idempotent-Replayed", nullValue());
        assertEquals(0, offersOf(employer));
    }
}
