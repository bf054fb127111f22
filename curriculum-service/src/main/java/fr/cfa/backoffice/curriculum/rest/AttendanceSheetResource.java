package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRegister;
import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.curriculum.persistence.AttendanceAmendmentEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.Problem;
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
@APIResponse(responseCode = "400", description = "Invalid body; `errors` lists the fields at fault", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    public record MarkRequest(@NotNull UUID enrollmentId, @NotNull Mark mark) {}

    @Schema(name = "AttendanceAmendmentRequest")
    public record AmendmentRequest(@NotNull UUID enrollmentId, @NotNull Mark mark,
                                   @NotBlank @Size(max = 2000) @Schema(example = "Medical certificate received") String reason) {}

    @Schema(name = "AttendanceSheet")
    public record SheetView(UUID id, UUID cohortId, LocalDate date, HalfDay halfDay, String moduleCode, String trainer, String recordedBy,
                            OffsetDateTime recordedAt, List<MarkView> marks) {}

    @Schema(name = "AttendanceMark")
    public record MarkView(UUID enrollmentId, Mark mark, boolean amended) {}

    @Schema(name = "AttendanceAmendment")
    public record AmendmentView(UUID sheetId, UUID enrollmentId, Mark fromMark, Mark toMark, String reason, String amendedBy, OffsetDateTime amendedAt) {}

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Record a half-day attendance sheet", description = "Trainers. One sheet per half-day of a centre week (not a weekend, "
            + "not a public holiday), one mark per learner in training; who recorded it and when are kept. Refused: a date after today "
            + "(urn:cfa:problem:date-in-future naming date; earlier days are fine), a date outside the centre weeks "
            + "(urn:cfa:problem:date-outside-center-weeks), a learner not in the cohort (learner-not-in-cohort), a missing learner "
            + "(attendance-marks-missing), a module outside the programme (unknown-module), a second sheet for the same half-day (409 duplicate-attendance-sheet).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "409", description = "A sheet exists for this half-day (urn:cfa:problem:duplicate-attendance-sheet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refuses the sheet (see description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "One attendance sheet", description = "Trainers and managers. The marks as they stand, amended ones flagged.")
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SheetView get(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId) {
        return view(AttendanceSheetEntity.<AttendanceSheetEntity>findByIdOptional(sheetId).filter(s -> s.cohortId.equals(cohortId))
                .orElseThrow(() -> new ResourceNotFoundException("attendance sheet", sheetId)));
    }

    @POST
    @Path("{sheetId}/amendments")
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Correct a mark", description = "Trainers. An explicit amendment: the previous mark, the new one, who, when and why are kept.")
    @APIResponse(responseCode = "201", description = "Amended", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "404", description = "No such sheet in this cohort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The learner has no mark on this sheet (urn:cfa:problem:learner-not-on-sheet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response amend(@PathParam("cohortId") UUID cohortId, @PathParam("sheetId") UUID sheetId, @Valid @NotNull AmendmentRequest request,
                          @Context SecurityContext caller) {
        AttendanceAmendmentEntity a = register.amend(cohortId, sheetId, request.enrollmentId(), request.mark(), request.reason(), caller.getUserPrincipal().getName());
        return Response.status(201).entity(new AmendmentView(a.sheetId, a.enrollmentId, a.fromMark, a.toMark, a.reason, a.amendedBy, a.amendedAt)).build();
    }

    private static SheetView view(AttendanceSheetEntity s) {
        List<MarkView> marks = AttendanceMarkEntity.<AttendanceMarkEntity>list("sheetId", s.id).stream()
                .map(m -> new MarkView(m.enrollmentId, m.mark, m.amended)).toList();
        return new SheetView(s.id, s.cohortId, s.sessionDate, s.halfDay, s.moduleCode, s.trainer, s.recordedBy, s.recordedAt, marks);
    }
}
