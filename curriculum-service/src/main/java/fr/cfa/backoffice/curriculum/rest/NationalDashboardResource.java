package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.api.NationalDashboardRecord;
import fr.cfa.backoffice.curriculum.api.StatePreviewView;
import fr.cfa.backoffice.curriculum.api.TransmissionView;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.NationalDashboardQueries;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.Transmissions;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/national-dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National dashboard", description = "The learners' records for the State's national apprenticeship dashboard (tableau de bord de "
        + "l'apprentissage, API v3), the State's view of them before it sees them, and the daily transmission")
public class NationalDashboardResource {
    @Inject
    NationalDashboardQueries queries;

    @Inject
    Transmissions transmissions;

    @Inject
    Callers callers;

    @GET
    @Path("records")
    @RolesAllowed({Roles.MANAGER, Roles.TRAINER})
    @Operation(operationId = "listNationalDashboardRecords", summary = "The learners' records, as the State receives them",
            description = "Managers and trainers. Exactly the State's v3 format (its snake_case field names, ISO-8601 dates, statut_apprenant "
                    + "0/2/3), one record per learner of the cohorts starting in the school year; erased learners have none. RQTH and NIR "
                    + "are never among them. Paginated.")
    @APIResponse(responseCode = "200", description = "One page of records")
    @APIResponse(responseCode = "400", description = "The school year is not two consecutive years such as 2026-2027 (urn:cfa:problem:validation-failed, errors[].field schoolYear)")
    public Page<NationalDashboardRecord> records(@QueryParam("schoolYear") @Parameter(description = "From 1 September to 31 August; default the "
            + "current one (Europe/Paris)", example = "2026-2027") String schoolYear, @BeanParam @Valid PageRequest page) {
        return queries.records(schoolYear, page);
    }

    @GET
    @Path("preview")
    @RolesAllowed({Roles.MANAGER, Roles.TRAINER, Roles.PLACEMENT_OFFICER})
    @Operation(operationId = "previewStateView", summary = "The State's view of each learner, on a day",
            description = "Staff. For each learner, our status and the one the State's dashboard will derive on that day from the records we "
                    + "send (more than 90 days without a contract or 180 days rupturant, or an exclusion: ABANDON; a contract ending within 60 "
                    + "days of the training's end: FIN_DE_FORMATION), with its next change. Those the State is about to count as ABANDON come "
                    + "first, fewest days left first. The same rules feed GET /api/v1/enrollments/to-accompany. Paginated.")
    @APIResponse(responseCode = "200", description = "One page of learners")
    @APIResponse(responseCode = "400", description = "The day is not an ISO date (urn:cfa:problem:invalid-parameter), or stateStatus is not a State status (urn:cfa:problem:validation-failed, errors[].field stateStatus)")
    public Page<StatePreviewView> preview(@QueryParam("on") @Parameter(description = "The day (default today, Europe/Paris)", example = "2027-04-05") LocalDate on,
                                          @QueryParam("stateStatus") @Parameter(description = "Only the learners the State counts so",
                                                  schema = @Schema(enumeration = {"INSCRIT", "APPRENTI", "RUPTURANT", "ABANDON", "FIN_DE_FORMATION"})) String stateStatus,
                                          @QueryParam("cohortId") @Parameter(description = "Only this cohort's learners") UUID cohortId,
                                          @BeanParam @Valid PageRequest page) {
        return queries.preview(on, stateStatus, cohortId, page);
    }

    @POST
    @Path("transmissions")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "startTransmission", summary = "Send the changed records now",
            description = "Managers. What the daily job does: sends every record changed since it was last sent (an unchanged record is never "
                    + "sent twice), in batches of at most 2 000, retrying 429 and 5xx with backoff, and answers when done. A 401 from the State "
                    + "stops the transmission (state UNAUTHORIZED). Records the State refused are listed with the field at fault.")
    @APIResponse(responseCode = "201", description = "Done; Location names the transmission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransmissionView.class)))
    @APIResponse(responseCode = "409", description = "No URL or no key is configured (urn:cfa:problem:national-dashboard-not-configured), or a "
            + "transmission is already running (urn:cfa:problem:transmission-in-progress)")
    public Response transmit(@Context UriInfo uri) {
        TransmissionView done = transmissions.run(Transmissions.Trigger.MANUAL, callers.current().name());
        return Response.created(uri.getAbsolutePathBuilder().path(done.id().toString()).build()).entity(done).build();
    }

    @GET
    @Path("transmissions")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "listTransmissions", summary = "The transmissions, latest first",
            description = "Managers. When, how many records sent, accepted and rejected, why a transmission stopped, and each rejected field "
                    + "with a link to the learner. Paginated.")
    @APIResponse(responseCode = "200", description = "One page of transmissions")
    public Page<TransmissionView> transmissions(@BeanParam @Valid PageRequest page) {
        return queries.transmissions(page);
    }

    @GET
    @Path("transmissions/{id}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "getTransmission", summary = "One transmission", description = "Managers. As in the list.")
    @APIResponse(responseCode = "200", description = "The transmission")
    @APIResponse(responseCode = "404", description = "No such transmission (urn:cfa:problem:not-found)")
    public TransmissionView transmission(@PathParam("id") UUID id) {
        return queries.transmission(id);
    }
}
