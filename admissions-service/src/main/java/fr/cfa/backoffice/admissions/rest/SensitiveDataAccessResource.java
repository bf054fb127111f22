package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.api.ReadView;
import fr.cfa.backoffice.admissions.domain.SensitiveDataAudit;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit/sensitive-data-reads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read health data (RQTH), when, on which application")
public class SensitiveDataAccessResource {
    @Inject
    SensitiveDataAudit audit;

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "listSensitiveDataReads", summary = "Reads of RQTH data", description = "Managers. Newest first, optionally for one application.")
    @APIResponse(responseCode = "200", description = "A page of reads, newest first")
    public Page<ReadView> list(@BeanParam @Valid PageRequest page, @QueryParam("applicationId") @Parameter(description = "Only the reads of this application") UUID applicationId) {
        return audit.reads(applicationId, page);
    }
}
