package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revocation: certification officers only, with a reason, once; verification then says REVOKED. */
@QuarkusTest
class RevocationTest {
    static final String REASON = "{\"reason\":\"falsified file\"}";

    static String certificate() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        return TestData.certified(candidate);
    }

    static void assertStillValid(String number) {
        TestData.verification(number).statusCode(200).body("status", equalTo("VALID"));
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("status", equalTo("VALID")).body("revokedReason", nullValue()).body("revokedAt", nullValue());
    }

    @Test
    void an_officer_revokes_with_a_reason_and_verification_then_says_revoked() {
        String number = certificate();
        TestData.revoke(OFFICER, number, REASON).statusCode(200).body("status", equalTo("REVOKED")).body("number", equalTo(number));
        TestData.verification(number).statusCode(200).body("status", equalTo("REVOKED"));
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedReason", equalTo("falsified file"));
    }

    @Test
    void a_revoked_certificate_cannot_be_revoked_again_409() {
        String number = certificate();
        TestData.revoke(OFFICER, number, REASON).statusCode(200);
        TestData.revoke(OFFICER, number, "{\"reason\":\"another reason\"}").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("REVOKED"));
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().body("revokedReason", equalTo("falsified file"));
    }

    @Test
    void an_unknown_number_cannot_be_revoked_404() {
        String unknown = "MSADS-ZZZZ-YYYY-XXXX-WWWW";
        TestData.revoke(OFFICER, unknown, REASON).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:not-found"));
        TestData.verification(unknown).statusCode(200).body("status", equalTo("UNKNOWN"));
    }

    @Test
    void a_revocation_without_a_reason_is_refused_400_and_the_certificate_stays_valid() {
        String number = certificate();
        for (String body : List.of("{}", "{\"reason\":\"  \"}")) {
            TestData.revoke(OFFICER, number, body).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("reason")));
        }
        assertStillValid(number);
    }

    @Test
    void only_certification_officers_may_revoke_others_get_403_and_the_certificate_stays_valid() {
        String number = certificate();
        List<String> others = List.of(TestTokens.forRole(Roles.MANAGER), TestTokens.forRole("trainer"), TestTokens.forRole("admissions-officer"),
                TestTokens.forRole(Roles.EMPLOYER, Roles.EMPLOYER_ID_CLAIM, UUID.randomUUID().toString()));
        for (String token : others) {
            TestData.revoke(token, number, REASON).statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:cfa:problem:forbidden"));
        }
        TestData.revoke(null, number, REASON).statusCode(401);
        assertStillValid(number);
    }
}
