package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.config.CertificationConfig;
import io.smallrye.jwt.build.Jwt;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs certificates as JWS (RS256) over a W3C Verifiable Credential-style payload, so a third party can
 * check one offline with the public key published at /.well-known/jwks.json.
 */
@ApplicationScoped
public class CredentialSigner {
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

    public String sign(String number, String kind, String holderName, List<String> ccps, String issuedOn) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", holderName);
        subject.put("achievement", Map.of("name", config.title().name(), "rncpCode", config.title().rncpCode(), "level", config.title().level(),
                "ccps", ccps));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("type", List.of("VerifiableCredential", "ATTESTATION".equals(kind) ? "PartialSuccessAttestation" : "TitleCertificate"));
        vc.put("credentialSubject", subject);
        vc.put("validFrom", issuedOn);
        return Jwt.issuer(config.credential().issuer()).subject(number).claim("vc", vc).jws().keyId(config.credential().keyId()).sign(privateKey);
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The public key as a JWK Set. */
    public Map<String, Object> jwks() {
        return Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", config.credential().keyId(),
                "n", base64Url(publicKey.getModulus()), "e", base64Url(publicKey.getPublicExponent()))));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
