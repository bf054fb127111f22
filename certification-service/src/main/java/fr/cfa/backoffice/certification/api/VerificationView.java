package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.CertificateKind;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateVerification", description = "Only what verification needs; for UNKNOWN, only status and number",
        requiredProperties = {"status", "number", "holderInitials", "kind", "title", "rncpCode", "level", "issuedOn"})
public record VerificationView(@Schema(description = "VALID, REVOKED or UNKNOWN (no certificate has this number)", enumeration = {"VALID", "REVOKED", "UNKNOWN"},
                                       example = "VALID") String status,
                               @Schema(description = "The number asked about", example = Examples.NUMBER) String number,
                               @Schema(description = "Null for UNKNOWN", nullable = true, example = "I.B.") String holderInitials,
                               @Schema(description = "CERTIFICATE or ATTESTATION; null for UNKNOWN", implementation = String.class, nullable = true,
                                       example = "CERTIFICATE") CertificateKind kind,
                               @Schema(description = "Null for UNKNOWN", nullable = true, example = "Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services") String title,
                               @Schema(description = "Null for UNKNOWN", nullable = true, example = "RNCP36241") String rncpCode,
                               @Schema(description = "Level of the title; null for UNKNOWN", nullable = true, example = "4") Integer level,
                               @Schema(description = "Null for UNKNOWN", implementation = String.class, format = "date", nullable = true, example = "2027-06-25") LocalDate issuedOn) {
    /** What verification answers for a number no certificate has. */
    public static final String UNKNOWN = "UNKNOWN";

    public static VerificationView unknown(String number) {
        return new VerificationView(UNKNOWN, number, null, null, null, null, null, null);
    }
}
