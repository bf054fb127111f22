package fr.cfa.backoffice.certification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Jwk", description = "An RSA public key (RFC 7517, RFC 7518 section 6.3)",
        requiredProperties = {"kty", "use", "alg", "kid", "n", "e"})
public record JwkView(@Schema(enumeration = "RSA", example = "RSA") String kty, @Schema(enumeration = "sig", example = "sig") String use,
                      @Schema(enumeration = "RS256", example = "RS256") String alg,
                      @Schema(description = "The kid in a credential's JWS header", example = "cfa-certificates-1") String kid,
                      @Schema(description = "Modulus, base64url", example = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")
                      String n,
                      @Schema(description = "Public exponent, base64url", example = "AQAB") String e) {}
