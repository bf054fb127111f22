package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.api.EligibilityCheckRequest;
import fr.cfa.backoffice.admissions.api.EligibilityView;
import fr.cfa.backoffice.admissions.domain.CohortQueries;
import fr.cfa.backoffice.admissions.domain.eligibility.EligibilityPolicy;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/eligibility-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility checks", description = "Simulate the admission rules before applying")
public class EligibilityCheckResource {
    @Inject
    EligibilityPolicy policy;

    @Inject
    CohortQueries cohorts;

    @POST
    @RolesAllowed({Roles.PRESCRIBER, Roles.EMPLOYER, Roles.ADMISSIONS_OFFICER, Roles.MANAGER})
    @Operation(operationId = "checkEligibility", summary = "Check a profile's eligibility", description = "Stateless: stores nothing. Answers eligible or not with every failed "
            + "rule (AGE_UNDER_MINIMUM, AGE_OVER_MAXIMUM, QUALIFICATION_OR_EXPERIENCE_MISSING) and a message, against the cohort's start date.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "422", description = "Unknown cohort (urn:cfa:problem:unknown-cohort)")
    public EligibilityView check(@Valid @NotNull EligibilityCheckRequest request) {
        LocalDate start = request.cohortId() != null ? cohorts.startDate(request.cohortId()) : request.startDate();
        return EligibilityView.of(policy.evaluate(request.applicant(), start));
    }
}
