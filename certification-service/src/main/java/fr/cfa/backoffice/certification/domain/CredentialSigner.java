package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.JwkView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs certificates as JWS (RS256) over a W3C Verifiable Credential-style payload, so a third party can
 * check one offline with the public key published at /.well-known/jwks.json.
 */
@ApplicationScoped
public class CredentialSigner {
    /** credentialStatus type: GET its id (no token) and read {@code status}: VALID, REVOKED or UNKNOWN. */
    public static final String STATUS_TYPE = "CertificateVerificationStatus";

    @Inject
    CertificationConfig config;

    private RSAPrivateCrtKey privateKey;
    private RSAPublicKey publicKey;

    @PostConstruct
    void loadKey() {
        String location = config.credential().signingKeyLocation();
        try (InputStream in = location.startsWith("file:") ? Files.newInputStream(Path.of(location.substring(5)))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) throw new IllegalStateException("No signing key at " + location);
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the certificate signing key from " + location, e);
        }
    }

    /**
     * A title is held for life, so the credential has no {@code exp}; whether it still stands is told by the public verification
     * endpoint its {@code credentialStatus} points to (REVOKED there once revoked).
     */
    public String sign(String number, CertificateKind kind, String holderName, List<String> ccps, OffsetDateTime issuedAt) {
        OffsetDateTime at = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> subject = new LinkedHashMap<>();
        if (holderName != null) subject.put("name", holderName);
        subject.put("achievement", Map.of("name", config.title().name(), "rncpCode", config.title().rncpCode(), "level", config.title().level(),
                "ccps", ccps));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("type", List.of("VerifiableCredential", kind == CertificateKind.ATTESTATION ? "PartialSuccessAttestation" : "TitleCertificate"));
        vc.put("credentialSubject", subject);
        vc.put("validFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)); // an XML Schema dateTime with its offset, as VC 2.0 wants
        vc.put("credentialStatus", Map.of("id", verificationUrl(number), "type", STATUS_TYPE, "statusPurpose", "revocation"));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.credential().issuer());
        claims.setSubject(number);
        claims.setIssuedAt(NumericDate.fromSeconds(at.toEpochSecond())); // the suite clock's moment, not the JVM's
        claims.setGeneratedJwtId();
        claims.setClaim("vc", vc);
        // Signed with jose4j rather than the smallrye builder, which always adds an exp (5 minutes by default).
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(config.credential().keyId());
        jws.setHeader("typ", "JWT");
        jws.setKey(privateKey);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign certificate " + number, e);
        }
    }

    /** The public verification endpoint of a certificate, under the configured public base URL. */
    public String verificationUrl(String number) {
        return config.publicBaseUrl().replaceAll("/+$", "") + "/api/v1/certificates/" + number + "/verification";
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The public key as a JWK (RFC 7517): what /.well-known/jwks.json lists. */
    public JwkView publicJwk() {
        return new JwkView("RSA", "sig", "RS256", config.credential().keyId(), base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
