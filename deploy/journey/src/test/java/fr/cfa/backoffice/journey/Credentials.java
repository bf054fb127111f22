package fr.cfa.backoffice.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.journey.client.certification.model.Jwk;
import fr.cfa.backoffice.journey.client.certification.model.JwkSet;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** Verifies a certificate's credential (compact JWS, RS256) the way a third party would: with the JWK Set only, nothing else. */
final class Credentials {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Credentials() {}

    /** @return the verified payload; fails when the signature does not hold or no key of the set has the credential's kid */
    static JsonNode verify(String jws, JwkSet jwks) throws Exception {
        String[] parts = jws.split("\\.");
        if (parts.length != 3) throw new AssertionError("Not a compact JWS: " + jws);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        if (!"RS256".equals(header.path("alg").asText())) throw new AssertionError("Credential not RS256: " + header);
        Jwk key = jwks.getKeys().stream().filter(k -> header.path("kid").asText().equals(k.getKid())).findFirst()
                .orElseThrow(() -> new AssertionError("No key " + header.path("kid") + " in the JWK Set " + jwks));
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.getN())), new BigInteger(1, Base64.getUrlDecoder().decode(key.getE()))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) throw new AssertionError("The credential's signature does not verify");
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
