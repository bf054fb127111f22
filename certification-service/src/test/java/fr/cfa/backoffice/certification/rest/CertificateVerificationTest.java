package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.BC01;
import static fr.cfa.backoffice.certification.rest.TestData.BC02_FAILED;
import static fr.cfa.backoffice.certification.rest.TestData.BC03;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

/** Public verification of certificates and attestations, and their signed credentials as a third party checks them. */
@QuarkusTest
class CertificateVerificationTest {
    static String certificate() {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        return TestData.certified(candidate);
    }

    @Test
    void anyone_verifies_a_certificate_and_sees_only_the_initials_and_the_title() {
        String number = certificate();
        TestData.verification(number).statusCode(200)
                .body("status", equalTo("VALID")).body("number", equalTo(number)).body("holderInitials", equalTo("I.B.")).body("kind", equalTo("CERTIFICATE"))
                .body("rncpCode", equalTo("RNCP36241")).body("level", equalTo(4)).body("issuedOn", equalTo(TestData.today().toString()))
                .body(not(containsString("Benali"))).body(not(containsString("Imane")));
    }

    @Test
    void a_partial_success_attestation_is_verified_as_an_attestation_and_its_credential_names_the_ccps_obtained() throws Exception {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String number = TestData.results(TestData.registered(candidate), BC02_FAILED).statusCode(200).body("outcome", equalTo("PARTIAL"))
                .extract().path("certificateNumber");
        TestData.verification(number).statusCode(200)
                .body("status", equalTo("VALID")).body("number", equalTo(number)).body("kind", equalTo("ATTESTATION")).body("holderInitials", equalTo("I.B."))
                .body("rncpCode", equalTo("RNCP36241")).body("level", equalTo(4)).body(not(containsString("Benali")));
        String credential = TestData.credential(number);
        assertTrue(TestData.verifies(credential, TestData.publishedKey()), "the attestation's credential verifies with the published key");
        JsonPath claims = TestData.payload(credential);
        assertEquals(number, claims.getString("sub"));
        assertEquals(List.of("VerifiableCredential", "PartialSuccessAttestation"), claims.getList("vc.type"));
        assertEquals(List.of(BC01, BC03), claims.getList("vc.credentialSubject.achievement.ccps"));
    }

    @Test
    void an_unknown_number_is_unknown_not_an_error() {
        TestData.verification("MSADS-AAAA-BBBB-CCCC-DDDD").statusCode(200).body("status", equalTo("UNKNOWN"))
                .body("number", equalTo("MSADS-AAAA-BBBB-CCCC-DDDD")).body("holderInitials", nullValue()).body("kind", nullValue());
    }

    @Test
    void the_certificate_with_its_holder_needs_a_token() {
        String number = certificate();
        given().get("/api/v1/certificates/" + number).then().statusCode(401);
    }

    @Test
    void a_credential_whose_payload_was_changed_fails_verification() throws Exception {
        String credential = TestData.credential(certificate());
        PublicKey key = TestData.publishedKey();
        assertTrue(TestData.verifies(credential, key));
        String[] parts = credential.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Benali", "Martin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertFalse(TestData.verifies(tampered, key), "a tampered credential fails");
    }

    /**
     * A forger re-signs the very same header and payload with a key of their own (a real RSA key, well-formed signature): the
     * published key refuses it, with plain RS256 and with a standard JOSE verifier resolving keys from the JWK Set.
     */
    @Test
    void a_credential_signed_by_another_key_is_refused_by_the_published_key() throws Exception {
        String credential = TestData.credential(certificate());
        String[] parts = credential.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair forger = generator.generateKeyPair();
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(forger.getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());

        assertTrue(TestData.verifies(forged, forger.getPublic()), "the forged credential is a well-formed RS256 signature (by the forger's key)");
        assertFalse(TestData.verifies(forged, TestData.publishedKey()), "the published key refuses a credential signed by another key");
        CertificateCredentialTest.verifierAt(Duration.ZERO).processToClaims(credential);
        assertThrows(InvalidJwtException.class, () -> CertificateCredentialTest.verifierAt(Duration.ZERO).processToClaims(forged));
    }
}
