package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding 6: an Idempotency-Key belongs to (partner organisation, token issuer and subject, key), never to a name alone. */
@QuarkusTest
class IdempotencyScopeTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    static ValidatableResponse post(String token, String key, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/applications").then();
    }

    @Test
    void two_prescribers_whose_callers_share_a_subject_and_a_key_each_get_their_own_application() {
        UUID cohort = TestCohorts.open(12);
        UUID organisationA = UUID.randomUUID();
        UUID organisationB = UUID.randomUUID();
        String a = TestTokens.forUser("prescriber", "portal-client", "prescriber_id", organisationA.toString());
        String b = TestTokens.forUser("prescriber", "portal-client", "prescriber_id", organisationB.toString());
        String key = UUID.randomUUID().toString();
        String sameBody = body(cohort, TestCohorts.START.minusYears(25), false, "V", true, 0);

        String first = post(a, key, sameBody).statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("prescriberId", equalTo(organisationA.toString())).extract().path("id");
        String second = post(b, key, sameBody).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("prescriberId", equalTo(organisationB.toString()))
                .body("id", not(equalTo(first)))
                .extract().path("id");
        assertNotEquals(first, second);
        given().auth().oauth2(b).get("/api/v1/applications/" + first).then().statusCode(404);

        // Each organisation's retry still answers its own first result.
        post(a, key, sameBody).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        post(b, key, sameBody).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(second));
    }

    @Test
    void a_key_reused_by_another_organisation_for_another_body_is_not_a_conflict() {
        UUID cohort = TestCohorts.open(12);
        String a = TestTokens.forUser("prescriber", "portal-client", "prescriber_id", UUID.randomUUID().toString());
        String b = TestTokens.forUser("prescriber", "portal-client", "prescriber_id", UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();
        post(a, key, body(cohort, TestCohorts.START.minusYears(25), false, "V", true, 0)).statusCode(201);
        post(b, key, body(cohort, TestCohorts.START.minusYears(22), false, "V", true, 0).replace("Benali", "Martin")).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("person.lastName", equalTo("Martin"));
        // Within one organisation and caller, another body under the same key is still refused.
        post(a, key, body(cohort, TestCohorts.START.minusYears(20), false, "V", true, 0)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:idempotency-key-reused"));
    }

    @Test
    void an_officer_and_a_prescriber_with_the_same_subject_do_not_share_keys() {
        UUID cohort = TestCohorts.open(12);
        String officer = TestTokens.forUser("admissions-officer", "shared-subject");
        String prescriber = TestTokens.forUser("prescriber", "shared-subject", "prescriber_id", UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();
        String sameBody = body(cohort, TestCohorts.START.minusYears(25), false, "V", true, 0);
        String byOfficer = post(officer, key, sameBody).statusCode(201).body("channel", equalTo("FRONT_OFFICE")).extract().path("id");
        post(prescriber, key, sameBody).statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("channel", equalTo("PRESCRIBER"))
                .body("id", not(equalTo(byOfficer)));
    }

    @Test
    void a_key_older_than_the_retention_creates_a_new_application() throws Exception {
        UUID cohort = TestCohorts.open(12);
        String prescriber = TestTokens.forUser("prescriber", "portal-client", "prescriber_id", UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();
        String sameBody = body(cohort, TestCohorts.START.minusYears(25), false, "V", true, 0);
        String first = post(prescriber, key, sameBody).statusCode(201).extract().path("id");
        post(prescriber, key, sameBody).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        // The key was claimed 25 hours ago: past backoffice.idempotency.retention (PT24H), it answers nothing any more.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement age = connection.prepareStatement("update idempotency_record set created_at = created_at - interval '25 hours', "
                     + "expires_at = expires_at - interval '25 hours' where operation = 'submitApplication' and idempotency_key = ?")) {
            age.setString(1, key);
            assertEquals(1, age.executeUpdate());
        }
        String second = post(prescriber, key, sameBody).statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(first))).extract().path("id");
        // The key now names the new application, for a day.
        post(prescriber, key, sameBody).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(second));
        given().auth().oauth2(prescriber).get("/api/v1/applications/" + first).then().statusCode(200).body("id", equalTo(first));
    }
}
