package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.domain.CandidateErasure;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "The person behind an application (GDPR requests)")
public class CandidateResource {
    @Inject
    CandidateErasure erasure;

    @Inject
    Callers callers;

    @DELETE
    @Path("{candidateId}")
    @RolesAllowed(Roles.ADMISSIONS_OFFICER)
    @Operation(operationId = "eraseCandidate", summary = "Erase a candidate's personal data", description = "Admissions officers, on the person's request. Names, contact, address, "
            + "birth date, RQTH, documents and free-text reasons are erased; status, cohort, channel and eligibility stay so statistics stay right. "
            + "Publishes CandidateErased so every service does the same. Repeating it changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased (or already erased)")
    @APIResponse(responseCode = "404", description = "No application has this candidateId")
    public Response erase(@PathParam("candidateId") @Parameter(description = "The candidateId of the application (the person's id across all services)") UUID candidateId) {
        erasure.erase(candidateId, callers.current());
        return Response.noContent().build();
    }
}
