package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.CertificateKind;
import fr.cfa.backoffice.certification.domain.CertificateStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateSummary", description = "A certificate in a list; its holder and credential are at /api/v1/certificates/{number}",
        requiredProperties = {"number", "candidateId", "kind", "ccps", "issuedOn", "status"})
public record CertificateSummary(@Schema(example = Examples.NUMBER) String number, @Schema(example = Examples.CANDIDATE) UUID candidateId,
                                 @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)", implementation = String.class,
                                         enumeration = {"CERTIFICATE", "ATTESTATION"}, example = "CERTIFICATE") CertificateKind kind,
                                 @Schema(description = "The CCPs it certifies", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                                 List<String> ccps,
                                 @Schema(example = "2027-06-25") LocalDate issuedOn,
                                 @Schema(implementation = String.class, enumeration = {"VALID", "REVOKED"}, example = "VALID") CertificateStatus status) {}
