package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.enrollment.Accompaniment;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.problem.Problem;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "Learners and their national status, moved by admissions', placement's and certification's events")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnrollmentResource {
    @Inject
    EnrollmentRepository enrollments;

    @Inject
    Accompaniment accompaniment;

    @Schema(name = "LearnerToAccompany")
    public record LearnerToAccompanyView(UUID enrollmentId, UUID candidateId, UUID cohortId, String firstName, String lastName,
                                         LearnerStatus status, @Schema(example = "INSCRIT sans contrat") String nationalStatus,
                                         LocalDate since, @Schema(example = "97") long daysElapsed,
                                         @Schema(description = "The threshold passed (90 without contract, 180 rupturant)", example = "90") int limitDays) {}

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TRAINER, Roles.MANAGER, Roles.PLACEMENT_OFFICER, Roles.CERTIFICATION_OFFICER})
    @Operation(summary = "One learner's enrollment", description = "Staff. The national status, since when, the deadline for a new contract "
            + "(rupturants) and the history of every status change with the event that caused it.")
    @APIResponse(responseCode = "404", description = "No such enrollment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnrollmentView get(@PathParam("id") UUID id) {
        EnrollmentEntity e = enrollments.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("enrollment", id));
        return EnrollmentView.of(e, accompaniment.newContractDeadline(e), EnrollmentHistoryEntity.of(id));
    }

    @GET
    @Path("to-accompany")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(summary = "Learners to accompany", description = "For placement officers and the State's services (DREETS, OPCO): enrolled "
            + "without a contract for more than 90 days (legal limit 3 months) and rupturants for more than 180 days, with the days elapsed. "
            + "Thresholds are configuration (curriculum.accompaniment.*).")
    @APIResponse(responseCode = "400", description = "Invalid date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LearnerToAccompanyView> toAccompany(@QueryParam("on") @Parameter(description = "The day to count to (default today)", example = "2027-06-01") LocalDate on) {
        LocalDate day = on == null ? LocalDate.now() : on;
        return accompaniment.on(day).stream().map(l -> new LearnerToAccompanyView(l.enrollment().id, l.enrollment().candidateId,
                l.enrollment().cohortId, l.enrollment().firstName, l.enrollment().lastName, l.enrollment().status,
                l.enrollment().status.nationalLabel(), l.enrollment().statusSince, l.daysElapsed(), l.limitDays())).toList();
    }
}
