package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.CredentialSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/.well-known/jwks.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class JwksResource {
    @Inject
    CredentialSigner signer;

    @Schema(name = "JwkSet", description = "A JWK Set (RFC 7517)", requiredProperties = {"keys"})
    public record JwkSetView(@Schema(description = "The keys that sign certificate credentials") List<JwkView> keys) {}

    @Schema(name = "Jwk", description = "An RSA public key (RFC 7517, RFC 7518 section 6.3)",
            requiredProperties = {"kty", "use", "alg", "kid", "n", "e"})
    public record JwkView(@Schema(enumeration = "RSA", example = "RSA") String kty, @Schema(enumeration = "sig", example = "sig") String use,
                          @Schema(enumeration = "RS256", example = "RS256") String alg,
                          @Schema(description = "The kid in a credential's JWS header", example = "cfa-certificates-1") String kid,
                          @Schema(description = "Modulus, base64url", example = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")
                          String n,
                          @Schema(description = "Public exponent, base64url", example = "AQAB") String e) {}

    @GET
    @PermitAll
    @Operation(operationId = "getJwks", summary = "Public key of certificate credentials", description = "JWK Set (RS256) to verify certificates' JWS "
            + "credentials offline; no token needed.")
    @APIResponse(responseCode = "200", description = "The JWK Set")
    public JwkSetView jwks() {
        CredentialSigner.PublicJwk key = signer.publicJwk();
        return new JwkSetView(List.of(new JwkView(key.kty(), key.use(), key.alg(), key.kid(), key.n(), key.e())));
    }
}
