package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.CertificateKind;
import fr.cfa.backoffice.certification.domain.CertificateStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Certificate",
        requiredProperties = {"number", "candidateId", "holderFirstName", "holderLastName", "kind", "ccps", "issuedOn", "status",
                "revokedReason", "revokedAt", "credential"})
public record CertificateView(@Schema(example = Examples.NUMBER) String number, @Schema(example = Examples.CANDIDATE) UUID candidateId,
                              @Schema(description = "Null once the holder's data was erased", nullable = true, example = "Imane") String holderFirstName,
                              @Schema(description = "Null once the holder's data was erased", nullable = true, example = "Benali") String holderLastName,
                              @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)", implementation = String.class,
                                      enumeration = {"CERTIFICATE", "ATTESTATION"}, example = "CERTIFICATE") CertificateKind kind,
                              @Schema(description = "The CCPs it certifies", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                              List<String> ccps,
                              @Schema(example = "2027-06-25") LocalDate issuedOn,
                              @Schema(implementation = String.class, enumeration = {"VALID", "REVOKED"}, example = "VALID") CertificateStatus status,
                              @Schema(description = "Why it was revoked; null unless REVOKED", nullable = true, example = "Issued on a falsified professional file")
                              String revokedReason,
                              @Schema(description = "When it was revoked; null unless REVOKED", implementation = String.class, format = "date-time", nullable = true, example = "2027-09-01T14:00:00+02:00")
                              OffsetDateTime revokedAt,
                              @Schema(description = "JWS (RS256) over a Verifiable Credential; verify with /.well-known/jwks.json. It has no expiry (a title is "
                                      + "held for life); its vc.credentialStatus.id is this certificate's public verification URL, which answers "
                                      + "REVOKED once revoked. Null once the holder's data was erased (the holder keeps their copy).", nullable = true,
                                      example = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImNmYS1jZXJ0aWZpY2F0ZXMtMSJ9.eyJ2YyI6e319.c2lnbmF0dXJl") String credential) {}
