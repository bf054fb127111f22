package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.api.EligibilityView;
import fr.cfa.backoffice.certification.api.ProfessionalFileRequest;
import fr.cfa.backoffice.certification.domain.CandidateQueries;
import fr.cfa.backoffice.certification.domain.Candidates;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400, 401, 403, 404, 406, 413, 415, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/candidates/{candidateId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "A candidate's path to the exam")
public class CandidateResource {
    @Inject
    Candidates candidates;

    @Inject
    CandidateQueries queries;

    @Inject
    Callers callers;

    @GET
    @Path("eligibility")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getCandidateEligibility", summary = "May the candidate sit the exam?", description = "Eligible when the centre training is "
            + "completed (TrainingCompleted), the employer period too (EmployerPeriodCompleted) and the professional file is in; otherwise the missing "
            + "conditions by code.")
    @APIResponse(responseCode = "200", description = "The evaluation (a candidate unknown here is NOT_ENROLLED)")
    public EligibilityView eligibility(@PathParam("candidateId") UUID candidateId) {
        return queries.eligibility(candidateId);
    }

    @PUT
    @Path("professional-file")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "recordProfessionalFile", summary = "Record the professional file (dossier professionnel)", description = "Certification officers: "
            + "the date it was received (not after today; an earlier day is fine) and its reference. When and by whom it was recorded is kept and shown.")
    @APIResponse(responseCode = "200", description = "Recorded; the candidate's eligibility now")
    @APIResponse(responseCode = "404", description = "Candidate unknown to certification (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "receivedOn after today (urn:cfa:problem:date-in-future, `errors` names it)")
    public EligibilityView recordFile(@PathParam("candidateId") UUID candidateId, @Valid @NotNull ProfessionalFileRequest r) {
        return candidates.recordProfessionalFile(candidateId, r.receivedOn(), r.reference(), callers.current());
    }
}
