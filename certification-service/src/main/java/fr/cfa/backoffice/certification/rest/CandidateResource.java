package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Candidates;
import fr.cfa.backoffice.certification.domain.Eligibility;
import fr.cfa.backoffice.certification.domain.Sessions;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.platform.problem.Problem;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/candidates/{candidateId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "A candidate's path to the exam")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CandidateResource {
    @Inject
    Candidates candidates;

    @Schema(name = "CertificationEligibility")
    public record EligibilityView(UUID candidateId, boolean eligible, List<Eligibility.Missing> missing, LocalDate trainingCompletedOn,
                                  LocalDate employerPeriodCompletedOn, LocalDate professionalFileReceivedOn,
                                  @Schema(description = "When the professional file's receipt was recorded") OffsetDateTime professionalFileRecordedAt,
                                  @Schema(description = "Who recorded it", example = "chloe.certif") String professionalFileRecordedBy,
                                  @Schema(description = "CCPs already obtained (kept for later sessions)") List<String> ccpsHeld) {
        static EligibilityView of(UUID id, CandidateEntity c) {
            List<Eligibility.Missing> missing = Eligibility.missing(c);
            return new EligibilityView(id, missing.isEmpty(), missing, c == null ? null : c.trainingCompletedOn,
                    c == null ? null : c.employerPeriodCompletedOn, c == null ? null : c.fileReceivedOn, c == null ? null : c.fileRecordedAt,
                    c == null ? null : c.fileRecordedBy, List.copyOf(Sessions.held(id)));
        }
    }

    @Schema(name = "ProfessionalFileRequest")
    public record FileRequest(@NotNull @Schema(description = "Not after today (Europe/Paris)") LocalDate receivedOn, @NotBlank @Size(max = 100) @Schema(example = "DP-2027-0042") String reference) {}

    @GET
    @Path("eligibility")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(summary = "May the candidate sit the exam?", description = "Eligible when the centre training is completed (TrainingCompleted), the "
            + "employer period too (EmployerPeriodCompleted) and the professional file is in; otherwise the missing conditions by code.")
    @APIResponse(responseCode = "200", description = "The evaluation (a candidate unknown here is NOT_ENROLLED)")
    public EligibilityView eligibility(@PathParam("candidateId") UUID candidateId) {
        return EligibilityView.of(candidateId, CandidateEntity.findById(candidateId));
    }

    @PUT
    @Path("professional-file")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(summary = "Record the professional file (dossier professionnel)", description = "Certification officers: the date it was received (not after today; an earlier "
            + "day is fine) and its reference. When and by whom it was recorded is kept and shown.")
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Candidate unknown to certification", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "receivedOn after today (urn:cfa:problem:date-in-future, `errors` names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView recordFile(@PathParam("candidateId") UUID candidateId, @Valid @NotNull FileRequest r, @Context SecurityContext caller) {
        return EligibilityView.of(candidateId, candidates.recordProfessionalFile(candidateId, r.receivedOn(), r.reference(), caller.getUserPrincipal().getName()));
    }
}
