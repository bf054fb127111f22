package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.ALL_GRANTED;
import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static fr.cfa.backoffice.certification.rest.TestData.eligible;
import static fr.cfa.backoffice.certification.rest.TestData.enrolled;
import static fr.cfa.backoffice.certification.rest.TestData.publishedCertificate;
import static fr.cfa.backoffice.certification.rest.TestData.register;
import static fr.cfa.backoffice.certification.rest.TestData.results;
import static fr.cfa.backoffice.certification.rest.TestData.session;
import static fr.cfa.backoffice.certification.rest.TestData.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Facts that cannot have happened yet (a professional file received, a jury's decision) are refused when dated after
 * today, or before the session they decide; past dates are accepted and the entry keeps when and by whom it was recorded.
 * Dates are relative to today in Paris, as the service's clock reads it.
 */
@QuarkusTest
class DatesNotInTheFutureTest {

    static ValidatableResponse professionalFile(UUID candidate, LocalDate receivedOn) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\":\"" + receivedOn + "\",\"reference\":\"DP-77\"}")
                .put("/api/v1/candidates/" + candidate + "/professional-file").then();
    }

    static UUID knownCandidate() {
        UUID candidate = UUID.randomUUID();
        enrolled(candidate, UUID.randomUUID());
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(OFFICER)
                .get("/api/v1/candidates/" + candidate + "/eligibility").then().body("missing", not(hasItem("NOT_ENROLLED"))));
        return candidate;
    }

    /** An eligible candidate registered for a session held (or to be held) on {@code sessionDate}; the registration's id. */
    static String registeredFor(LocalDate sessionDate, UUID candidate) {
        eligible(candidate, UUID.randomUUID());
        return register(session(10, sessionDate), candidate).statusCode(201).extract().path("id");
    }

    static void assertJustNow(String recordedAt, OffsetDateTime before) {
        OffsetDateTime at = OffsetDateTime.parse(recordedAt);
        assertTrue(!at.isBefore(before.minusSeconds(5)) && !at.isAfter(OffsetDateTime.now().plusSeconds(5)), "recorded at " + at + ", test began " + before);
    }

    @Test
    void a_professional_file_received_tomorrow_is_refused_naming_the_field() {
        UUID candidate = knownCandidate();
        professionalFile(candidate, today().plusDays(1)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:date-in-future")).body("errors.field", contains("receivedOn"));
        given().auth().oauth2(OFFICER).get("/api/v1/candidates/" + candidate + "/eligibility").then().statusCode(200)
                .body("missing", hasItem("PROFESSIONAL_FILE_MISSING"));
    }

    @Test
    void a_professional_file_received_last_week_is_accepted_with_when_and_by_whom_it_was_recorded() {
        UUID candidate = knownCandidate();
        OffsetDateTime before = OffsetDateTime.now();
        String recordedAt = professionalFile(candidate, today().minusDays(7)).statusCode(200)
                .body("professionalFileReceivedOn", equalTo(today().minusDays(7).toString()))
                .body("professionalFileRecordedBy", equalTo("chloe.certif"))
                .extract().path("professionalFileRecordedAt");
        assertJustNow(recordedAt, before);
        String readLater = given().auth().oauth2(OFFICER).get("/api/v1/candidates/" + candidate + "/eligibility").then().statusCode(200)
                .body("professionalFileRecordedBy", equalTo("chloe.certif")).extract().path("professionalFileRecordedAt");
        assertEquals(OffsetDateTime.parse(recordedAt).toInstant(), OffsetDateTime.parse(readLater).toInstant(), "kept as recorded");
    }

    @Test
    void results_before_the_session_day_are_refused() {
        UUID candidate = UUID.randomUUID();
        LocalDate sessionDay = today().plusDays(3);
        String registration = registeredFor(sessionDay, candidate);
        results(registration, ALL_GRANTED, sessionDay).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:session-not-held-yet")).body("errors.field", contains("decidedOn"));
        results(registration, ALL_GRANTED, null).statusCode(422).body("type", equalTo("urn:cfa:problem:session-not-held-yet"));
    }

    @Test
    void a_jury_decision_dated_tomorrow_is_refused_naming_the_field() {
        String registration = registeredFor(today().minusDays(2), UUID.randomUUID());
        results(registration, ALL_GRANTED, today().plusDays(1)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:date-in-future")).body("errors.field", contains("decidedOn"));
    }

    @Test
    void a_jury_decision_dated_before_its_session_is_refused_naming_the_field() {
        String registration = registeredFor(today().minusDays(2), UUID.randomUUID());
        results(registration, ALL_GRANTED, today().minusDays(3)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:decision-before-session")).body("errors.field", contains("decidedOn"));
    }

    @Test
    void results_of_last_weeks_session_are_accepted_with_when_and_by_whom_they_were_recorded_and_the_certificate_is_dated_today() {
        UUID candidate = UUID.randomUUID();
        String registration = registeredFor(today().minusDays(7), candidate);
        OffsetDateTime before = OffsetDateTime.now();
        String recordedAt = results(registration, ALL_GRANTED, today().minusDays(6)).statusCode(200)
                .body("outcome", equalTo("WHOLE_TITLE")).body("decidedOn", equalTo(today().minusDays(6).toString()))
                .body("recordedBy", equalTo("chloe.certif")).extract().path("recordedAt");
        assertJustNow(recordedAt, before);

        String number = publishedCertificate(candidate);
        String credential = given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("issuedOn", equalTo(today().toString())).extract().path("credential");
        given().get("/api/v1/certificates/" + number + "/verification").then().body("issuedOn", equalTo(today().toString()));
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8));
        long iat = claims.getLong("iat");
        assertTrue(Math.abs(iat - before.toEpochSecond()) < 60, "iat " + iat + " is when it was issued");
        OffsetDateTime validFrom = OffsetDateTime.parse(claims.getString("vc.validFrom"));
        assertEquals(iat, validFrom.toEpochSecond(), "valid from the moment it was issued");
    }

    @Test
    void results_without_a_decision_date_are_decided_today() {
        String registration = registeredFor(today().minusDays(1), UUID.randomUUID());
        results(registration, ALL_GRANTED, null).statusCode(200).body("decidedOn", equalTo(today().toString()))
                .body("recordedBy", equalTo("chloe.certif"));
    }

    @Test
    void results_on_the_session_day_are_accepted() {
        String registration = registeredFor(today(), UUID.randomUUID());
        results(registration, ALL_GRANTED, today()).statusCode(200).body("decidedOn", equalTo(today().toString()));
    }
}
