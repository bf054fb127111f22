package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.api.LearnerView;
import fr.cfa.backoffice.placement.domain.LearnerQueries;
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

@Path("/api/v1/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners", description = "Admitted learners to place with an employer")
public class LearnerResource {
    @Inject
    LearnerQueries queries;

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listPlaceableLearners", summary = "Placeable learners", description = "Placement officers and managers. Admitted learners who have not withdrawn, with their "
            + "cohort's dates; filters: cohortId, withoutContract=true.")
    @APIResponse(responseCode = "200", description = "One page of placeable learners, by last name")
    public Page<LearnerView> list(@BeanParam @Valid PageRequest page, @QueryParam("cohortId") UUID cohortId,
                                  @QueryParam("withoutContract") @Parameter(description = "Only learners without an active contract") boolean withoutContract) {
        return queries.list(cohortId, withoutContract, page);
    }
}
