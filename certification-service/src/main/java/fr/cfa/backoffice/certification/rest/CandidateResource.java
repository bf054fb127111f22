package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Candidates;
import fr.cfa.backoffice.certification.domain.Eligibility;
import fr.cfa.backoffice.certification.domain.Sessions;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Errors every operation can answer (400, 401, 403, 404, 406, 413, 415, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1/candidates/{candidateId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "A candidate's path to the exam")
public class CandidateResource {
    @Inject
    Candidates candidates;

    @Schema(name = "CertificationEligibility",
            requiredProperties = {"candidateId", "eligible", "missing", "trainingCompletedOn", "employerPeriodCompletedOn",
                    "professionalFileReceivedOn", "professionalFileRecordedAt", "professionalFileRecordedBy", "ccpsHeld"})
    public record EligibilityView(@Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId, @Schema(example = "false") boolean eligible,
                                  @Schema(description = "The conditions still missing; empty when eligible", example = "[\"PROFESSIONAL_FILE_MISSING\"]")
                                  List<Eligibility.Missing> missing,
                                  @Schema(description = "TrainingCompleted's day; null until then", implementation = String.class, format = "date", nullable = true, example = "2027-05-28")
                                  LocalDate trainingCompletedOn,
                                  @Schema(description = "EmployerPeriodCompleted's day; null until then", implementation = String.class, format = "date", nullable = true, example = "2027-06-20")
                                  LocalDate employerPeriodCompletedOn,
                                  @Schema(description = "The day the professional file was received; null until recorded", implementation = String.class, format = "date",
                                          nullable = true, example = "2027-06-02")
                                  LocalDate professionalFileReceivedOn,
                                  @Schema(description = "When the professional file's receipt was recorded; null until then", implementation = String.class,
                                          format = "date-time", nullable = true,
                                          example = "2027-06-03T09:30:00+02:00") OffsetDateTime professionalFileRecordedAt,
                                  @Schema(description = "Who recorded it; null until then", nullable = true, example = "chloe.certif") String professionalFileRecordedBy,
                                  @Schema(description = "CCPs already obtained (kept for later sessions)", example = "[\"RNCP36241BC01\"]") List<String> ccpsHeld) {
        static EligibilityView of(UUID id, CandidateEntity c) {
            List<Eligibility.Missing> missing = Eligibility.missing(c);
            return new EligibilityView(id, missing.isEmpty(), missing, c == null ? null : c.trainingCompletedOn,
                    c == null ? null : c.employerPeriodCompletedOn, c == null ? null : c.fileReceivedOn, c == null ? null : c.fileRecordedAt,
                    c == null ? null : c.fileRecordedBy, List.copyOf(Sessions.held(id)));
        }
    }

    @Schema(name = "ProfessionalFileRequest")
    public record FileRequest(@NotNull @Schema(description = "Not after today (Europe/Paris)", example = "2027-06-02") LocalDate receivedOn,
                              @NotBlank @Size(max = 100) @Schema(example = "DP-2027-0042") String reference) {}

    @GET
    @Path("eligibility")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getCandidateEligibility", summary = "May the candidate sit the exam?", description = "Eligible when the centre training is "
            + "completed (TrainingCompleted), the employer period too (EmployerPeriodCompleted) and the professional file is in; otherwise the missing "
            + "conditions by code.")
    @APIResponse(responseCode = "200", description = "The evaluation (a candidate unknown here is NOT_ENROLLED)")
    public EligibilityView eligibility(@PathParam("candidateId") UUID candidateId) {
        return EligibilityView.of(candidateId, CandidateEntity.findById(candidateId));
    }

    @PUT
    @Path("professional-file")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "recordProfessionalFile", summary = "Record the professional file (dossier professionnel)", description = "Certification officers: "
            + "the date it was received (not after today; an earlier day is fine) and its reference. When and by whom it was recorded is kept and shown.")
    @APIResponse(responseCode = "200", description = "Recorded; the candidate's eligibility now")
    @APIResponse(responseCode = "404", description = "Candidate unknown to certification (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "receivedOn after today (urn:cfa:problem:date-in-future, `errors` names it)")
    public EligibilityView recordFile(@PathParam("candidateId") UUID candidateId, @Valid @NotNull FileRequest r, @Context SecurityContext caller) {
        return EligibilityView.of(candidateId, candidates.recordProfessionalFile(candidateId, r.receivedOn(), r.reference(), caller.getUserPrincipal().getName()));
    }
}
