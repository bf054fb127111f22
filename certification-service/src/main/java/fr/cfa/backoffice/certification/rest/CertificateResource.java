package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.domain.Certificates;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Certificates and attestations, their public verification and signed credentials")
public class CertificateResource {
    @Inject
    Certificates certificates;

    @Inject
    CertificationConfig config;

    @Schema(name = "Certificate")
    public record CertificateView(String number, UUID candidateId, String holderFirstName, String holderLastName,
                                  @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)") String kind, List<String> ccps,
                                  LocalDate issuedOn, String status, String revokedReason, OffsetDateTime revokedAt,
                                  @Schema(description = "JWS (RS256) over a Verifiable Credential; verify with /.well-known/jwks.json. It has no expiry (a title is "
                                          + "held for life); its vc.credentialStatus.id is this certificate's public verification URL, which answers "
                                          + "REVOKED once revoked. Null once the holder's data was erased (the holder keeps their copy).") String credential) {}

    @Schema(name = "CertificateVerification", description = "Only what verification needs")
    public record VerificationView(@Schema(description = "VALID, REVOKED or UNKNOWN") String status, String number, String holderInitials, String kind,
                                   String title, String rncpCode, Integer level, LocalDate issuedOn) {}

    @Schema(name = "RevocationRequest")
    public record RevocationRequest(@NotBlank @Size(max = 2000) @Schema(example = "Issued on a falsified professional file") String reason) {}

    @Schema(name = "CertificateSummary", description = "A certificate in a list; its holder and credential are at /api/v1/certificates/{number}")
    public record CertificateSummary(@Schema(example = "MSADS-7K2Q-9XWB-M4TD-3HPA") String number, UUID candidateId,
                                     @Schema(description = "CERTIFICATE (whole title) or ATTESTATION (partial success)") String kind, List<String> ccps,
                                     LocalDate issuedOn, @Schema(description = "VALID or REVOKED") String status) {
        static CertificateSummary of(CertificateEntity c) {
            return new CertificateSummary(c.number, c.candidateId, c.kind, c.ccps, c.issuedOn, c.status);
        }
    }

    @GET
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(summary = "A candidate's certificates", description = "Certification officers and managers: the certificates and attestations issued "
            + "to the candidate, newest first, paginated. `candidateId` is required.")
    @APIResponse(responseCode = "200", description = "The candidate's certificates (an empty page when none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateSummary.class)))
    @APIResponse(responseCode = "400", description = "candidateId missing or not a UUID (urn:cfa:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CertificateSummary> list(@QueryParam("candidateId") @Parameter(description = "The candidate (required)", required = true) UUID candidateId,
                                         @BeanParam @Valid PageRequest page) {
        if (candidateId == null) throw new InvalidParameterException("candidateId", "is required");
        return certificates.ofCandidate(candidateId, page).map(CertificateSummary::of);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(summary = "A certificate, with its holder", description = "Certification officers and managers.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CertificateView get(@PathParam("number") String number) {
        CertificateEntity c = certificates.get(number);
        CandidateEntity holder = CandidateEntity.findById(c.candidateId);
        return new CertificateView(c.number, c.candidateId, holder.firstName, holder.lastName, c.kind, c.ccps, c.issuedOn, c.status, c.revokedReason,
                c.revokedAt, c.credential);
    }

    @GET
    @Path("{number}/verification")
    @PermitAll
    @Operation(summary = "Verify a certificate (public)", description = "For employers, schools and anyone: VALID, REVOKED or UNKNOWN, with only the "
            + "holder's initials, the title, RNCP code, level and date.")
    @APIResponse(responseCode = "400", description = "Malformed number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify(@PathParam("number") String number) {
        CertificateEntity c = CertificateEntity.findById(number);
        if (c == null) return new VerificationView("UNKNOWN", number, null, null, null, null, null, null);
        return new VerificationView(c.status, c.number, c.holderInitials, c.kind, config.title().name(), config.title().rncpCode(), config.title().level(), c.issuedOn);
    }

    @POST
    @Path("{number}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(summary = "Revoke a certificate", description = "Certification officers, with a reason; verification then answers REVOKED.")
    @APIResponse(responseCode = "400", description = "Reason missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView revoke(@PathParam("number") String number, @Valid @NotNull RevocationRequest r) {
        certificates.revoke(number, r.reason());
        return verify(number);
    }
}
