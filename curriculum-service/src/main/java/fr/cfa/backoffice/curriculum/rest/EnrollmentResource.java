package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.api.EnrollmentView;
import fr.cfa.backoffice.curriculum.api.LearnerAttendanceView;
import fr.cfa.backoffice.curriculum.api.LearnerToAccompanyView;
import fr.cfa.backoffice.curriculum.api.ModuleResultRequest;
import fr.cfa.backoffice.curriculum.api.ModuleResultView;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceQueries;
import fr.cfa.backoffice.curriculum.domain.enrollment.EnrollmentQueries;
import fr.cfa.backoffice.curriculum.domain.results.ModuleResults;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.IfMatch;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "Learners and their national status, moved by admissions', placement's and certification's events")
public class EnrollmentResource {
    @Inject
    EnrollmentQueries enrollments;

    @Inject
    AttendanceQueries attendance;

    @Inject
    ModuleResults results;

    @Inject
    Callers callers;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "getEnrollment", summary = "One learner's enrollment", description = "Staff. The national status, since when, the deadline for a new contract "
            + "(rupturants) and the history of every status change with the event that caused it.")
    @APIResponse(responseCode = "200", description = "The enrollment with its history")
    @APIResponse(responseCode = "404", description = "No such enrollment (urn:cfa:problem:not-found)")
    public EnrollmentView get(@PathParam("id") UUID id) {
        return enrollments.get(id);
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER})
    @Operation(operationId = "getEnrollmentAttendance", summary = "A learner's attendance", description = "Trainers and managers. Every half-day mark and the attendance rate.")
    @APIResponse(responseCode = "200", description = "The learner's marks and rate")
    @APIResponse(responseCode = "404", description = "No such enrollment (urn:cfa:problem:not-found)")
    public LearnerAttendanceView attendance(@PathParam("id") UUID id) {
        return attendance.ofLearner(id);
    }

    @PUT
    @Path("{id}/modules/{moduleCode}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "recordModuleResult", summary = "Record a module's evaluation (ECF)", description = "Trainers. Acquired, in progress or not acquired, score out of 20, "
            + "date (not after today: 422 urn:cfa:problem:date-in-future naming assessedOn) and assessor; who recorded it and when are kept. An acquired module publishes ModuleCompleted; when M1–M8 are acquired and the attendance rate reaches the "
            + "minimum (80 % by default), TrainingCompleted is published, once. If-Match (the result's version, as in the ETag) detects "
            + "concurrent edits.")
    @APIResponse(responseCode = "200", description = "Recorded; the ETag header carries the result's version", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleResultView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or a module outside the learner's programme (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "The learner dropped out (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is not the result's current version (urn:cfa:problem:precondition-failed, "
            + "currentVersion -1 when no result exists yet)")
    @APIResponse(responseCode = "422", description = "Assessed after today (urn:cfa:problem:date-in-future, errors[].field assessedOn), or an "
            + "acquired module withdrawn after the training was completed (urn:cfa:problem:training-already-completed)")
    public Response recordResult(@PathParam("id") UUID id, @PathParam("moduleCode") String moduleCode, @Valid @NotNull ModuleResultRequest request,
                                 @HeaderParam("If-Match") String ifMatch) {
        Versioned<ModuleResultView> result = results.record(id, moduleCode, new ModuleResults.Evaluation(request.outcome(), request.score(),
                request.assessedOn(), request.assessor()), IfMatch.version(ifMatch), callers.current());
        return Response.ok(result.body()).tag(new EntityTag(String.valueOf(result.version()))).build();
    }

    @GET
    @Path("to-accompany")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listEnrollmentsToAccompany", summary = "Learners to accompany", description = "For placement officers and the State's services (DREETS, OPCO): enrolled "
            + "without a contract for more than 90 days (legal limit 3 months) and rupturants for more than 180 days, with the days elapsed. "
            + "Thresholds are configuration (curriculum.accompaniment.*).")
    @APIResponse(responseCode = "200", description = "The learners past their threshold, on that day")
    @APIResponse(responseCode = "400", description = "The day is not an ISO date (urn:cfa:problem:invalid-parameter)")
    public List<LearnerToAccompanyView> toAccompany(@QueryParam("on") @Parameter(description = "The day to count to (default today, Europe/Paris)", example = "2027-06-01") LocalDate on) {
        return enrollments.toAccompany(on); // on absent: today at the centre (Europe/Paris)
    }
}
