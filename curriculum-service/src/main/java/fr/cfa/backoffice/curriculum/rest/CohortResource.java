package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.api.CalendarView;
import fr.cfa.backoffice.curriculum.api.CohortRequest;
import fr.cfa.backoffice.curriculum.api.CohortView;
import fr.cfa.backoffice.curriculum.api.EnrollmentView;
import fr.cfa.backoffice.curriculum.api.RhythmRequest;
import fr.cfa.backoffice.curriculum.domain.CohortQueries;
import fr.cfa.backoffice.curriculum.domain.CohortScheduling;
import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.domain.NewCohort;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
import fr.cfa.backoffice.curriculum.domain.enrollment.EnrollmentQueries;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import fr.cfa.backoffice.platform.web.Versioned;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Cohorts of the programme and their dates")
public class CohortResource {
    @Inject
    CohortScheduling scheduling;

    @Inject
    CohortQueries cohorts;

    @Inject
    EnrollmentQueries enrollments;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "scheduleCohort", summary = "Schedule a cohort", description = "Trainers only. Creates an OPEN cohort on the active "
            + "programme version, computes its end date (11 + 13 weeks) and publishes CohortScheduled on curriculum.cohorts. The ETag header "
            + "carries the cohort's version.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the new cohort", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "No programme version is active (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "A cohort with this code exists (urn:cfa:problem:duplicate-cohort-code)")
    @APIResponse(responseCode = "422", description = "The start date is not a Monday (urn:cfa:problem:cohort-start-not-monday) or the rhythm "
            + "cannot lay out 11 + 13 weeks (urn:cfa:problem:rhythm-cannot-produce-calendar)")
    public Response schedule(@Valid @NotNull CohortRequest request, @Context UriInfo uri) {
        Versioned<CohortView> cohort = scheduling.schedule(newCohort(request), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(cohort.body().id().toString()).build())
                .tag(new EntityTag(String.valueOf(cohort.version())))
                .entity(cohort.body()).build();
    }

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.ADMISSIONS_OFFICER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "listCohorts", summary = "List cohorts", description = "Staff. Sorted by start date, paginated, optionally filtered by status.")
    @APIResponse(responseCode = "200", description = "One page of cohorts")
    public Page<CohortView> list(@BeanParam @Valid PageRequest page,
                                 @QueryParam("status") @Parameter(description = "Only the cohorts in this status",
                                         schema = @Schema(implementation = CohortStatus.class, type = SchemaType.STRING)) String status) {
        return cohorts.list(EnumParameter.parse(CohortStatus.class, status, "status"), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.ADMISSIONS_OFFICER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "getCohort", summary = "One cohort", description = "Staff. The ETag header carries the cohort's version.")
    @APIResponse(responseCode = "200", description = "The cohort", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "No such cohort (urn:cfa:problem:not-found)")
    public Response get(@PathParam("id") UUID id) {
        Versioned<CohortView> cohort = cohorts.get(id);
        return Response.ok(cohort.body()).tag(new EntityTag(String.valueOf(cohort.version()))).build();
    }

    @GET
    @Path("{id}/calendar")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.ADMISSIONS_OFFICER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "getCohortCalendar", summary = "The cohort's alternance calendar", description = "Staff. The 24 weeks of the cycle: exactly 11 centre and 13 employer "
            + "weeks laid out by the cohort's rhythm, French public holidays, and the hours of each module per centre week (M1–M8 in order, "
            + "M9 certification in the last centre week).")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", description = "No such cohort (urn:cfa:problem:not-found)")
    public CalendarView calendar(@PathParam("id") UUID id) {
        return cohorts.calendar(id);
    }

    @GET
    @Path("{id}/enrollments")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "listCohortEnrollments", summary = "The cohort's learners", description = "Staff. Paginated, sorted by name, "
            + "optionally filtered by national status. Each learner without its history (GET /api/v1/enrollments/{id} has it).")
    @APIResponse(responseCode = "200", description = "One page of the cohort's learners")
    @APIResponse(responseCode = "404", description = "No such cohort (urn:cfa:problem:not-found)")
    public Page<EnrollmentView> enrollments(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page,
                                            @QueryParam("status") @Parameter(description = "Only the learners in this status",
                                                    schema = @Schema(implementation = LearnerStatus.class, type = SchemaType.STRING)) String status) {
        return enrollments.inCohort(id, status, page);
    }

    private static NewCohort newCohort(CohortRequest request) {
        RhythmRequest r = request.rhythm();
        AlternanceRhythm rhythm = r == null ? null
                : new AlternanceRhythm(r.initialCenterWeeks() == null ? 0 : r.initialCenterWeeks(), r.centerWeeks(), r.employerWeeks());
        return new NewCohort(request.code(), request.startDate(), request.capacity(), request.place(), rhythm);
    }
}
