package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.domain.Certificates;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400, 401, 403, 404 on a path number, 406, 413, 415, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Certificates and attestations, their public verification and signed credentials")
public class CertificateResource {
    static final String NUMBER_EXAMPLE = "MSADS-7K2Q-9XWB-M4TD-3HPA";
    static final String CANDIDATE_EXAMPLE = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90";

    @Inject
    Certificates certificates;

    @Inject
    CertificationConfig config;

    @Schema(name = "Certificate",
            requiredProperties = {"number", "candidateId", "holderFirstName", "holderLastName", "kind", "ccps", "issuedOn", "status",
                    "revokedReason", "revokedAt", "credential"})
    public record CertificateView(@Schema(example = NUMBER_EXAMPLE) String number, @Schema(example = CANDIDATE_EXAMPLE) UUID candidateId,
                                  @Schema(description = "Null once the holder's data was erased", nullable = true, example = "Imane") String holderFirstName,
                                  @Schema(description = "Null once the holder's data was erased", nullable = true, example = "Benali") String holderLastName,
                                  @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)", enumeration = {"CERTIFICATE", "ATTESTATION"},
                                          example = "CERTIFICATE") String kind,
                                  @Schema(description = "The CCPs it certifies", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                                  List<String> ccps,
                                  @Schema(example = "2027-06-25") LocalDate issuedOn,
                                  @Schema(enumeration = {"VALID", "REVOKED"}, example = "VALID") String status,
                                  @Schema(description = "Why it was revoked; null unless REVOKED", nullable = true, example = "Issued on a falsified professional file")
                                  String revokedReason,
                                  @Schema(description = "When it was revoked; null unless REVOKED", implementation = String.class, format = "date-time", nullable = true, example = "2027-09-01T14:00:00+02:00")
                                  OffsetDateTime revokedAt,
                                  @Schema(description = "JWS (RS256) over a Verifiable Credential; verify with /.well-known/jwks.json. It has no expiry (a title is "
                                          + "held for life); its vc.credentialStatus.id is this certificate's public verification URL, which answers "
                                          + "REVOKED once revoked. Null once the holder's data was erased (the holder keeps their copy).", nullable = true,
                                          example = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImNmYS1jZXJ0aWZpY2F0ZXMtMSJ9.eyJ2YyI6e319.c2lnbmF0dXJl") String credential) {}

    @Schema(name = "CertificateVerification", description = "Only what verification needs; for UNKNOWN, only status and number",
            requiredProperties = {"status", "number", "holderInitials", "kind", "title", "rncpCode", "level", "issuedOn"})
    public record VerificationView(@Schema(description = "VALID, REVOKED or UNKNOWN (no certificate has this number)", enumeration = {"VALID", "REVOKED", "UNKNOWN"},
                                           example = "VALID") String status,
                                   @Schema(description = "The number asked about", example = NUMBER_EXAMPLE) String number,
                                   @Schema(description = "Null for UNKNOWN", nullable = true, example = "I.B.") String holderInitials,
                                   @Schema(description = "CERTIFICATE or ATTESTATION; null for UNKNOWN", nullable = true, example = "CERTIFICATE") String kind,
                                   @Schema(description = "Null for UNKNOWN", nullable = true, example = "Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services") String title,
                                   @Schema(description = "Null for UNKNOWN", nullable = true, example = "RNCP36241") String rncpCode,
                                   @Schema(description = "Level of the title; null for UNKNOWN", nullable = true, example = "4") Integer level,
                                   @Schema(description = "Null for UNKNOWN", implementation = String.class, format = "date", nullable = true, example = "2027-06-25") LocalDate issuedOn) {}

    @Schema(name = "RevocationRequest")
    public record RevocationRequest(@NotBlank @Size(max = 2000) @Schema(example = "Issued on a falsified professional file") String reason) {}

    @Schema(name = "CertificateSummary", description = "A certificate in a list; its holder and credential are at /api/v1/certificates/{number}",
            requiredProperties = {"number", "candidateId", "kind", "ccps", "issuedOn", "status"})
    public record CertificateSummary(@Schema(example = NUMBER_EXAMPLE) String number, @Schema(example = CANDIDATE_EXAMPLE) UUID candidateId,
                                     @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)", enumeration = {"CERTIFICATE", "ATTESTATION"},
                                             example = "CERTIFICATE") String kind,
                                     @Schema(description = "The CCPs it certifies", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                                     List<String> ccps,
                                     @Schema(example = "2027-06-25") LocalDate issuedOn,
                                     @Schema(enumeration = {"VALID", "REVOKED"}, example = "VALID") String status) {
        static CertificateSummary of(CertificateEntity c) {
            return new CertificateSummary(c.number, c.candidateId, c.kind, c.ccps, c.issuedOn, c.status);
        }
    }

    @GET
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listCertificates", summary = "A candidate's certificates", description = "Certification officers and managers: the "
            + "certificates and attestations issued to the candidate, newest first, paginated. `candidateId` is required.")
    @APIResponse(responseCode = "200", description = "The candidate's certificates (an empty page when none)")
    @APIResponse(responseCode = "400", description = "candidateId missing (urn:cfa:problem:validation-failed, `errors` names it) or not a UUID (urn:cfa:problem:invalid-parameter)")
    public Page<CertificateSummary> list(@QueryParam("candidateId") @Parameter(description = "The candidate (required)", required = true,
                                                 example = CANDIDATE_EXAMPLE) UUID candidateId,
                                         @BeanParam @Valid PageRequest page) {
        if (candidateId == null) throw new InvalidParameterException("candidateId", "is required");
        return certificates.ofCandidate(candidateId, page).map(CertificateSummary::of);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getCertificate", summary = "A certificate, with its holder", description = "Certification officers and managers.")
    @APIResponse(responseCode = "200", description = "The certificate, its holder and its signed credential")
    @APIResponse(responseCode = "404", description = "Unknown number (urn:cfa:problem:not-found)")
    public CertificateView get(@PathParam("number") @Parameter(example = NUMBER_EXAMPLE) String number) {
        CertificateEntity c = certificates.get(number);
        CandidateEntity holder = CandidateEntity.findById(c.candidateId);
        return new CertificateView(c.number, c.candidateId, holder.firstName, holder.lastName, c.kind, c.ccps, c.issuedOn, c.status, c.revokedReason,
                c.revokedAt, c.credential);
    }

    @GET
    @Path("{number}/verification")
    @PermitAll
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate (public)", description = "For employers, schools and anyone, without "
            + "a token: VALID, REVOKED or UNKNOWN, with only the holder's initials, the title, RNCP code, level and date. An unknown number is "
            + "answered 200 UNKNOWN, not 404.")
    @APIResponse(responseCode = "200", description = "The certificate's status")
    public VerificationView verify(@PathParam("number") @Parameter(example = NUMBER_EXAMPLE) String number) {
        CertificateEntity c = CertificateEntity.findById(number);
        if (c == null) return new VerificationView("UNKNOWN", number, null, null, null, null, null, null);
        return new VerificationView(c.status, c.number, c.holderInitials, c.kind, config.title().name(), config.title().rncpCode(), config.title().level(), c.issuedOn);
    }

    @POST
    @Path("{number}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate", description = "Certification officers, with a reason; verification "
            + "then answers REVOKED.")
    @APIResponse(responseCode = "200", description = "Revoked; the certificate's verification now")
    @APIResponse(responseCode = "404", description = "Unknown number (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Already revoked (urn:cfa:problem:illegal-transition)")
    public VerificationView revoke(@PathParam("number") @Parameter(example = NUMBER_EXAMPLE) String number, @Valid @NotNull RevocationRequest r) {
        certificates.revoke(number, r.reason());
        return verify(number);
    }
}
