package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.api.CohortView;
import fr.cfa.backoffice.admissions.domain.CohortQueries;
import fr.cfa.backoffice.admissions.domain.CohortStatus;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "The cohorts applications can target (read model fed by curriculum.cohorts)")
public class CohortResource {
    @Inject
    CohortQueries cohorts;

    @GET
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.MANAGER, Roles.PRESCRIBER})
    @Operation(operationId = "listCohorts", summary = "List cohorts", description = "Admissions officers, managers and prescribers. Sorted by start date, "
            + "paginated, optionally filtered by status (OPEN cohorts accept applications).")
    @APIResponse(responseCode = "200", description = "A page of cohorts")
    public Page<CohortView> list(@BeanParam @Valid PageRequest page,
                                 @QueryParam("status") @Parameter(description = "Only cohorts in this status", schema = @Schema(implementation = CohortStatus.class, type = SchemaType.STRING)) String status) {
        return cohorts.list(EnumParameter.parse(CohortStatus.class, status, "status"), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.MANAGER, Roles.PRESCRIBER})
    @Operation(operationId = "getCohort", summary = "One cohort", description = "Admissions officers, managers and prescribers. A cohort appears here once curriculum announced it.")
    @APIResponse(responseCode = "200", description = "The cohort")
    @APIResponse(responseCode = "404", description = "No such cohort (yet): curriculum has not announced it")
    public CohortView get(@PathParam("id") @Parameter(description = "The cohort's id (curriculum's)") UUID id) {
        return cohorts.get(id);
    }
}
