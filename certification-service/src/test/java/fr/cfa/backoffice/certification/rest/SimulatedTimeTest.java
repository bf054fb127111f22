package fr.cfa.backoffice.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Simulated time on certification: the clock contract, and a jury's results that wait for the session day. */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
class SimulatedTimeTest extends SimulatedTimeContract {
    static final String OFFICER = TestTokens.forUser("certification-officer", "chloe.certif");

    @Test
    void results_wait_for_the_session_day_and_the_certificate_is_dated_the_day_they_are_recorded() {
        LocalDate sessionDay = now().toLocalDate().plusDays(3); // the clock may already have moved: every date from its now
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String registration = TestData.register(TestData.session(10, sessionDay), candidate)
                .statusCode(201).extract().path("id");

        TestData.results(registration, TestData.ALL_GRANTED, sessionDay).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:session-not-held-yet"))
                .body("errors.field", contains("decidedOn"));

        OffsetDateTime moved = moveClockTo(sessionDay.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime());
        String recordedAt = TestData.results(registration, TestData.ALL_GRANTED, sessionDay).statusCode(200)
                .body("outcome", equalTo("WHOLE_TITLE")).body("decidedOn", equalTo(sessionDay.toString())).body("recordedBy", equalTo("chloe.certif"))
                .extract().path("recordedAt");
        assertEquals(sessionDay, OffsetDateTime.parse(recordedAt).atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate(), "recorded on the moved clock");

        String number = TestData.publishedCertificate(candidate);
        String credential = given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("issuedOn", equalTo(moved.toLocalDate().toString())).extract().path("credential");
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8));
        long iat = claims.getLong("iat");
        assertTrue(Math.abs(iat - moved.toEpochSecond()) < 60, "iat " + iat + " reads the moved clock (" + moved + ")");
        assertEquals(sessionDay, OffsetDateTime.parse(claims.getString("vc.validFrom")).atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate());
    }
}
