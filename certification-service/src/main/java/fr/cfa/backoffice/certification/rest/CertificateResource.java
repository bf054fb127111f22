package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.platform.web.cache.PublicCached;
import fr.cfa.backoffice.platform.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import fr.cfa.backoffice.certification.api.CertificateSummary;
import fr.cfa.backoffice.certification.api.CertificateView;
import fr.cfa.backoffice.certification.api.Examples;
import fr.cfa.backoffice.certification.api.RevocationRequest;
import fr.cfa.backoffice.certification.api.VerificationView;
import fr.cfa.backoffice.certification.domain.CertificateQueries;
import fr.cfa.backoffice.certification.domain.Certificates;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400, 401, 403, 404 on a path number, 406, 413, 415, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Certificates and attestations, their public verification and signed credentials")
public class CertificateResource {
    @Inject
    Certificates certificates;

    @Inject
    CertificateQueries queries;

    @GET
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listCertificates", summary = "A candidate's certificates", description = "Certification officers and managers: the "
            + "certificates and attestations issued to the candidate, newest first, paginated. `candidateId` is required.")
    @APIResponse(responseCode = "200", description = "The candidate's certificates (an empty page when none)")
    @APIResponse(responseCode = "400", description = "candidateId missing (urn:cfa:problem:validation-failed, `errors` names it) or not a UUID (urn:cfa:problem:invalid-parameter)")
    public Page<CertificateSummary> list(@QueryParam("candidateId") @Parameter(description = "The candidate (required)", required = true,
                                                 example = Examples.CANDIDATE) UUID candidateId,
                                         @BeanParam @Valid PageRequest page) {
        if (candidateId == null) throw new InvalidParameterException("candidateId", "is required");
        return queries.ofCandidate(candidateId, page);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getCertificate", summary = "A certificate, with its holder", description = "Certification officers and managers.")
    @APIResponse(responseCode = "200", description = "The certificate, its holder and its signed credential")
    @APIResponse(responseCode = "404", description = "Unknown number (urn:cfa:problem:not-found)")
    public CertificateView get(@PathParam("number") @Parameter(example = Examples.NUMBER) String number) {
        return queries.certificate(number);
    }

    @GET
    @Path("{number}/verification")
    @PermitAll
    @PublicCached(revalidate = true) // a revocation must show at once
    @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate (public)", description = "For employers, schools and anyone, without "
            + "a token: VALID, REVOKED or UNKNOWN, with only the holder's initials, the title, RNCP code, level and date. An unknown number is "
            + "answered 200 UNKNOWN, not 404.")
    @APIResponse(responseCode = "200", description = "The certificate's status")
    public VerificationView verify(@PathParam("number") @Parameter(example = Examples.NUMBER) String number) {
        return queries.verification(number);
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
    public VerificationView revoke(@PathParam("number") @Parameter(example = Examples.NUMBER) String number, @Valid @NotNull RevocationRequest r) {
        return certificates.revoke(number, r.reason());
    }
}
