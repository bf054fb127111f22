package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** A certificate's credential, checked as a third party would: a standard JOSE library and the published JWK Set. */
@QuarkusTest
class CertificateCredentialTest {

    static JwtConsumer verifierAt(Duration later) throws Exception {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ConfigProvider.getConfig().getValue("certification.credential.issuer", String.class))
                .setEvaluationTime(NumericDate.fromMilliseconds(System.currentTimeMillis() + later.toMillis()))
                .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_credential_stays_valid_for_life_and_points_to_where_its_revocation_is_told() throws Exception {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String number = TestData.certified(candidate);
        String credential = given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200).extract().path("credential");

        // A title is valid for life: no expiry, so a verifier checking it next year (or in ten) still accepts it.
        JwtClaims claims = verifierAt(Duration.ofDays(366)).processToClaims(credential);
        assertFalse(claims.hasClaim("exp"), "no exp claim: " + claims.toJson());
        assertNull(claims.getExpirationTime());
        verifierAt(Duration.ofDays(3653)).processToClaims(credential);
        assertEquals(number, claims.getSubject());

        // The status a verifier follows: built from the configured public base URL, never from the request's host.
        String base = ConfigProvider.getConfig().getValue("certification.public-base-url", String.class);
        Map<String, Object> vc = claims.getClaimValue("vc", Map.class);
        Map<String, Object> status = (Map<String, Object>) vc.get("credentialStatus");
        String url = base + "/api/v1/certificates/" + number + "/verification";
        assertEquals(url, status.get("id"), "credentialStatus: " + status);
        assertEquals("revocation", status.get("statusPurpose"));
        assertTrue(status.get("type") instanceof String && !((String) status.get("type")).isBlank(), "credentialStatus has a type: " + status);

        String path = url.substring(base.length());
        given().get(path).then().statusCode(200).body("status", equalTo("VALID"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"reason\":\"falsified file\"}")
                .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200);
        given().get(path).then().statusCode(200).body("status", equalTo("REVOKED"));
        // The credential itself is unchanged and still verifies: revocation is learnt from its status, as a verifier would.
        verifierAt(Duration.ofDays(366)).processToClaims(credential);
    }
}
