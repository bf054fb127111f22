package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.TrainingCompletion;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRate;
import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import fr.cfa.backoffice.curriculum.domain.results.ModuleResults;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.curriculum.persistence.ModuleResultEntity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import fr.cfa.backoffice.curriculum.domain.enrollment.Accompaniment;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
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
    EnrollmentRepository enrollments;

    @Inject
    Accompaniment accompaniment;

    @Inject
    TrainingCompletion completion;

    @Inject
    ModuleResults results;

    @Inject
    Clock clock;

    @Schema(name = "LearnerAttendance", requiredProperties = {"enrollmentId", "sessions", "present", "late", "justifiedAbsences",
            "unjustifiedAbsences", "ratePercent", "marks"})
    public record AttendanceView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                 @Schema(description = "Half-days recorded", example = "44") long sessions,
                                 @Schema(example = "36") long present, @Schema(example = "2") long late,
                                 @Schema(example = "4") long justifiedAbsences, @Schema(example = "2") long unjustifiedAbsences,
                                 @Schema(description = "Present or late, over all half-days recorded, rounded down", example = "86") int ratePercent,
                                 @Schema(description = "By date, morning first") List<MarkLine> marks) {}

    @Schema(name = "LearnerAttendanceMark", requiredProperties = {"sheetId", "date", "halfDay", "moduleCode", "mark", "amended"})
    public record MarkLine(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID sheetId, @Schema(example = "2027-01-05") LocalDate date,
                           HalfDay halfDay, @Schema(example = "M1") String moduleCode, Mark mark,
                           @Schema(description = "true once the mark was corrected by an amendment", example = "false") boolean amended) {}

    @Schema(name = "ModuleResultRequest")
    public record ResultRequest(@NotNull ModuleOutcome outcome,
                                @DecimalMin("0") @DecimalMax("20") @Schema(description = "Score out of 20", example = "14.5") BigDecimal score,
                                @NotNull @Schema(description = "Not after today (Europe/Paris)", example = "2027-02-12") LocalDate assessedOn,
                                @NotBlank @Size(max = 200) @Schema(example = "tom.trainer") String assessor) {}

    @Schema(name = "ModuleResult", description = "A module's evaluation as recorded",
            requiredProperties = {"enrollmentId", "moduleCode", "outcome", "score", "assessedOn", "assessor", "recordedAt", "recordedBy", "version"})
    public record ResultView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, @Schema(example = "M1") String moduleCode,
                             ModuleOutcome outcome,
                             @Schema(description = "Score out of 20; null when none was given", example = "14.5", nullable = true) BigDecimal score,
                             @Schema(example = "2027-02-12") LocalDate assessedOn, @Schema(example = "tom.trainer") String assessor,
                             @Schema(description = "When this evaluation was recorded", example = "2027-02-12T16:00:00+01:00") OffsetDateTime recordedAt,
                             @Schema(description = "Who recorded it; null for results recorded before this was kept", example = "tom.trainer",
                                     nullable = true) String recordedBy,
                             @Schema(description = "The result's version, also sent as the ETag", example = "0") long version) {}

    @Schema(name = "LearnerToAccompany", description = "A learner past the legal threshold of their status",
            requiredProperties = {"enrollmentId", "candidateId", "cohortId", "firstName", "lastName", "status", "nationalStatus", "since", "daysElapsed", "limitDays"})
    public record LearnerToAccompanyView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                         @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID candidateId,
                                         @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
                                         @Schema(description = "null once the person is erased", example = "Awa", nullable = true) String firstName,
                                         @Schema(description = "null once the person is erased", example = "Diallo", nullable = true) String lastName,
                                         LearnerStatus status, @Schema(example = "INSCRIT sans contrat") String nationalStatus,
                                         @Schema(description = "Since when the learner has this status", example = "2027-01-04") LocalDate since,
                                         @Schema(example = "97") long daysElapsed,
                                         @Schema(description = "The threshold passed (90 without contract, 180 rupturant)", example = "90") int limitDays) {}

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(operationId = "getEnrollment", summary = "One learner's enrollment", description = "Staff. The national status, since when, the deadline for a new contract "
            + "(rupturants) and the history of every status change with the event that caused it.")
    @APIResponse(responseCode = "200", description = "The enrollment with its history")
    @APIResponse(responseCode = "404", description = "No such enrollment (urn:cfa:problem:not-found)")
    public EnrollmentView get(@PathParam("id") UUID id) {
        EnrollmentEntity e = enrollments.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("enrollment", id));
        return EnrollmentView.of(e, accompaniment.newContractDeadline(e), EnrollmentHistoryEntity.of(id), LocalDate.now(clock));
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER})
    @Operation(operationId = "getEnrollmentAttendance", summary = "A learner's attendance", description = "Trainers and managers. Every half-day mark and the attendance rate.")
    @APIResponse(responseCode = "200", description = "The learner's marks and rate")
    @APIResponse(responseCode = "404", description = "No such enrollment (urn:cfa:problem:not-found)")
    public AttendanceView attendance(@PathParam("id") UUID id) {
        EnrollmentEntity e = enrollments.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("enrollment", id));
        AttendanceRate rate = completion.attendance(e);
        // one query for all the learner's marks and their sheets
        List<Object[]> rows = AttendanceMarkEntity.getEntityManager().createQuery(
                        "select s, m from AttendanceMarkEntity m, AttendanceSheetEntity s where s.id = m.sheetId and m.enrollmentId = :e", Object[].class)
                .setParameter("e", id).getResultList();
        List<MarkLine> marks = rows.stream().map(row -> {
            AttendanceSheetEntity s = (AttendanceSheetEntity) row[0];
            AttendanceMarkEntity m = (AttendanceMarkEntity) row[1];
            return new MarkLine(s.id, s.sessionDate, s.halfDay, s.moduleCode, m.mark, m.amended);
        }).sorted(Comparator.comparing(MarkLine::date).thenComparing(MarkLine::halfDay)).toList();
        return new AttendanceView(id, rate.sessions(), rate.present(), rate.late(), rate.justifiedAbsences(), rate.unjustifiedAbsences(),
                rate.percent(), marks);
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or a module outside the learner's programme (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "The learner dropped out (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match is not the result's current version (urn:cfa:problem:precondition-failed, "
            + "currentVersion -1 when no result exists yet)")
    @APIResponse(responseCode = "422", description = "Assessed after today (urn:cfa:problem:date-in-future, errors[].field assessedOn), or an "
            + "acquired module withdrawn after the training was completed (urn:cfa:problem:training-already-completed)")
    public Response recordResult(@PathParam("id") UUID id, @PathParam("moduleCode") String moduleCode, @Valid @NotNull ResultRequest request,
                                 @HeaderParam("If-Match") String ifMatch, @Context SecurityContext caller) {
        ModuleResultEntity r = results.record(id, moduleCode, new ModuleResults.Evaluation(request.outcome(), request.score(), request.assessedOn(),
                request.assessor()), IfMatch.version(ifMatch), caller.getUserPrincipal().getName());
        return Response.ok(new ResultView(r.enrollmentId, r.moduleCode, r.outcome, r.score, r.assessedOn, r.assessor, r.recordedAt, r.recordedBy, r.version))
                .tag(new EntityTag(String.valueOf(r.version))).build();
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
        LocalDate day = on == null ? LocalDate.now(clock) : on; // today at the centre (Europe/Paris)
        return accompaniment.on(day).stream().map(l -> new LearnerToAccompanyView(l.enrollment().id, l.enrollment().candidateId,
                l.enrollment().cohortId, l.enrollment().firstName, l.enrollment().lastName, l.enrollment().status,
                l.enrollment().status.nationalLabel(), l.enrollment().statusSince, l.daysElapsed(), l.limitDays())).toList();
    }
}
