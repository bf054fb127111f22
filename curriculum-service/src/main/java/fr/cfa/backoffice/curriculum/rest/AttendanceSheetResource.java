package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRegister;
import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.curriculum.persistence.AttendanceAmendmentEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
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

    @Schema(name = "AttendanceSheetRequest")
    public record SheetRequest(@NotNull @Schema(description = "The session's day, not after today (Europe/Paris)", example = "2027-01-05") LocalDate date,
                               @NotNull HalfDay halfDay,
                               @NotBlank @Pattern(regexp = "M[1-9]", message = "must be a module code M1 to M9") @Schema(example = "M1") String moduleCode,
                               @NotBlank @Size(max = 200) @Schema(example = "tom.trainer") String trainer,
                               @NotEmpty @Size(max = 200) List<@Valid @NotNull MarkRequest> marks) {}

    @Schema(name = "AttendanceMarkRequest")
    public record MarkRequest(@NotNull @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, @NotNull Mark mark) {}

    @Schema(name = "AttendanceAmendmentRequest")
    public record AmendmentRequest(@NotNull @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                   @NotNull @Schema(description = "The corrected mark") Mark mark,
                                   @NotBlank @Size(max = 2000) @Schema(example = "Medical certificate received") String reason) {}

    @Schema(name = "AttendanceSheet", description = "The marks of one half-day, as they stand",
            requiredProperties = {"id", "cohortId", "date", "halfDay", "moduleCode", "trainer", "recordedBy", "recordedAt", "marks"})
    public record SheetView(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID id,
                            @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
                            @Schema(example = "2027-01-05") LocalDate date, HalfDay halfDay,
                            @Schema(example = "M1") String moduleCode,
                            @Schema(description = "The trainer who gave the session", example = "tom.trainer") String trainer,
                            @Schema(description = "Who recorded the sheet (the token's name)", example = "tom.trainer") String recordedBy,
                            @Schema(example = "2027-01-05T12:30:00+01:00") OffsetDateTime recordedAt, List<MarkView> marks) {}

    @Schema(name = "AttendanceMark", requiredProperties = {"enrollmentId", "mark", "amended"})
    public record MarkView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, Mark mark,
                           @Schema(description = "true once the mark was corrected by an amendment", example = "false") boolean amended) {}

    @Schema(name = "AttendanceAmendment", description = "A corrected mark: before, after, who, when and why",
            requiredProperties = {"sheetId", "enrollmentId", "fromMark", "toMark", "reason", "amendedBy", "amendedAt"})
    public record AmendmentView(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID sheetId,
                                @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, Mark fromMark, Mark toMark,
                                @Schema(example = "Medical certificate received") String reason,
                                @Schema(description = "Who amended (the token's name)", example = "tom.trainer") String amendedBy,
                                @Schema(example = "2027-01-08T09:10:00+01:00") OffsetDateTime amendedAt) {}

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "recordAttendanceSheet", summary = "Record a half-day attendance sheet", description = "Trainers. One sheet per half-day of a centre week (not a weekend, "
            + "not a public holiday), one mark per learner in training; who recorded it and when are kept. Refused: a date after today "
            + "(urn:cfa:problem:date-in-future naming date; earlier days are fine), a date outside the centre weeks "
            + "(urn:cfa:problem:date-outside-center-weeks), a learner not in the cohort (learner-not-in-cohort), a missing learner "
            + "(attendance-marks-missing), a module outside the programme (unknown-module), a second sheet for the same half-day (409 duplicate-attendance-sheet).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the sheet", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a learner marked twice (urn:cfa:problem:validation-failed, "
            + "urn:cfa:problem:invalid-parameter naming marks)")
    @APIResponse(responseCode = "404", description = "No such cohort (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "A sheet exists for this half-day (urn:cfa:problem:duplicate-attendance-sheet)")
    @APIResponse(responseCode = "422", description = "A rule refuses the sheet: urn:cfa:problem:date-in-future, date-outside-center-weeks, "
            + "learner-not-in-cohort, attendance-marks-missing or unknown-module")
    public Response record(@PathParam("cohortId") UUID cohortId, @Valid @NotNull SheetRequest request, @Context SecurityContext caller, @Context UriInfo uri) {
        Map<UUID, Mark> marks = new LinkedHashMap<>();
        for (MarkRequest mark : request.marks()) {
            if (marks.put(mark.enrollmentId(), mark.mark()) != null) {
                throw new InvalidParameterException("marks", "enrollment " + mark.enrollmentId() + " is marked twice");
            }
        }
        AttendanceSheetEntity sheet = register.record(cohortId, new AttendanceRegister.NewSheet(request.date(), request.halfDay(),
                request.moduleCode(), request.trainer(), marks), caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(sheet.id.toString()).build()).entity(view(sheet)).build();
    }

    @GET
    @Path("{sheetId}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER})
    @Operation(operationId = "getAttendanceSheet", summary = "One attendance sheet", description = "Trainers and managers. The marks as they "
            + "stand, amended ones flagged.")
    @APIResponse(responseCode = "200", description = "The sheet")
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort (urn:cfa:problem:not-found)")
    public SheetView get(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId) {
        return view(AttendanceSheetEntity.<AttendanceSheetEntity>findByIdOptional(sheetId).filter(s -> s.cohortId.equals(cohortId))
                .orElseThrow(() -> new ResourceNotFoundException("attendance sheet", sheetId)));
    }

    @POST
    @Path("{sheetId}/amendments")
    @RolesAllowed(Roles.TRAINER)
    @Operation(operationId = "amendAttendanceMark", summary = "Correct a mark", description = "Trainers. An explicit amendment: the previous "
            + "mark, the new one, who, when and why are kept. The sheet (GET .../attendance-sheets/{sheetId}) then shows the mark amended.")
    @APIResponse(responseCode = "201", description = "Amended; Location names the amended sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "The learner has no mark on this sheet (urn:cfa:problem:learner-not-on-sheet)")
    public Response amend(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId, @Valid @NotNull AmendmentRequest request,
                          @Context SecurityContext caller, @Context UriInfo uri) {
        AttendanceAmendmentEntity a = register.amend(cohortId, sheetId, request.enrollmentId(), request.mark(), request.reason(), caller.getUserPrincipal().getName());
        // an amendment has no address of its own: it shows on the sheet it amended
        return Response.created(uri.getBaseUriBuilder().path(AttendanceSheetResource.class).path("{sheetId}").build(cohortId, sheetId)).entity(new AmendmentView(a.sheetId, a.enrollmentId, a.fromMark, a.toMark, a.reason, a.amendedBy, a.amendedAt)).build();
    }

    private static SheetView view(AttendanceSheetEntity s) {
        List<MarkView> marks = AttendanceMarkEntity.<AttendanceMarkEntity>list("sheetId", s.id).stream()
                .map(m -> new MarkView(m.enrollmentId, m.mark, m.amended)).toList();
        return new SheetView(s.id, s.cohortId, s.sessionDate, s.halfDay, s.moduleCode, s.trainer, s.recordedBy, s.recordedAt, marks);
    }
}
