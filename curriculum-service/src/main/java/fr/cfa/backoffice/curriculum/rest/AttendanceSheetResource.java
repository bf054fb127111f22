package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.api.AttendanceAmendmentRequest;
import fr.cfa.backoffice.curriculum.api.AttendanceAmendmentView;
import fr.cfa.backoffice.curriculum.api.AttendanceMarkRequest;
import fr.cfa.backoffice.curriculum.api.AttendanceSheetRequest;
import fr.cfa.backoffice.curriculum.api.AttendanceSheetView;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceQueries;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRegister;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cohorts/{cohortId}/attendance-sheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Half-day attendance sheets of the centre weeks")
public class AttendanceSheetResource {
    @Inject
    AttendanceRegister register;

    @Inject
    AttendanceQueries attendance;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "recordAttendanceSheet", summary = "Record a half-day attendance sheet", description = "Trainers. One sheet per half-day of a centre week (not a weekend, "
            + "not a public holiday), one mark per learner in training; who recorded it and when are kept. Refused: a date after today "
            + "(urn:cfa:problem:date-in-future naming date; earlier days are fine), a date outside the centre weeks "
            + "(urn:cfa:problem:date-outside-center-weeks), a learner not in the cohort (learner-not-in-cohort), a missing learner "
            + "(attendance-marks-missing), a module outside the programme (unknown-module), a second sheet for the same half-day (409 duplicate-attendance-sheet).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the sheet", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceSheetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a learner marked twice (urn:cfa:problem:validation-failed, "
            + "urn:cfa:problem:invalid-parameter naming marks)")
    @APIResponse(responseCode = "404", description = "No such cohort (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "A sheet exists for this half-day (urn:cfa:problem:duplicate-attendance-sheet)")
    @APIResponse(responseCode = "422", description = "A rule refuses the sheet: urn:cfa:problem:date-in-future, date-outside-center-weeks, "
            + "learner-not-in-cohort, attendance-marks-missing or unknown-module")
    public Response record(@PathParam("cohortId") UUID cohortId, @Valid @NotNull AttendanceSheetRequest request, @Context UriInfo uri) {
        Map<UUID, Mark> marks = new LinkedHashMap<>();
        for (AttendanceMarkRequest mark : request.marks()) {
            if (marks.put(mark.enrollmentId(), mark.mark()) != null) {
                throw new InvalidParameterException("marks", "enrollment " + mark.enrollmentId() + " is marked twice");
            }
        }
        AttendanceSheetView sheet = register.record(cohortId, new AttendanceRegister.NewSheet(request.date(), request.halfDay(),
                request.moduleCode(), request.trainer(), marks), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(sheet.id().toString()).build()).entity(sheet).build();
    }

    @GET
    @Path("{sheetId}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER})
    @Operation(operationId = "getAttendanceSheet", summary = "One attendance sheet", description = "Trainers and managers. The marks as they "
            + "stand, amended ones flagged.")
    @APIResponse(responseCode = "200", description = "The sheet")
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort (urn:cfa:problem:not-found)")
    public AttendanceSheetView get(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId) {
        return attendance.sheet(cohortId, sheetId);
    }

    @POST
    @Path("{sheetId}/amendments")
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "amendAttendanceMark", summary = "Correct a mark", description = "Trainers. An explicit amendment: the previous "
            + "mark, the new one, who, when and why are kept. The sheet (GET .../attendance-sheets/{sheetId}) then shows the mark amended.")
    @APIResponse(responseCode = "201", description = "Amended; Location names the amended sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceAmendmentView.class)))
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "The learner has no mark on this sheet (urn:cfa:problem:learner-not-on-sheet)")
    public Response amend(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId, @Valid @NotNull AttendanceAmendmentRequest request,
                          @Context UriInfo uri) {
        AttendanceAmendmentView amendment = register.amend(cohortId, sheetId, request.enrollmentId(), request.mark(), request.reason(), callers.current());
        // an amendment has no address of its own: it shows on the sheet it amended
        return Response.created(uri.getBaseUriBuilder().path(AttendanceSheetResource.class).path("{sheetId}").build(cohortId, sheetId))
                .entity(amendment).build();
    }
}
