package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Sessions;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.RegistrationEntity;
import fr.cfa.backoffice.platform.problem.Problem;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Exam sessions (sessions de validation), registrations and results")
@APIResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields at fault", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SessionResource {
    @Inject
    Sessions sessions;

    @Schema(name = "SessionRequest")
    public record SessionRequest(@NotNull @Schema(example = "2027-06-24") LocalDate date, @NotBlank @Size(max = 300) @Schema(example = "CFA, salle 3") String place,
                                 @NotNull @Min(1) @Max(100) @Schema(example = "12") Integer capacity,
                                 @NotEmpty @Size(max = 10) List<@Valid @NotNull JuryMemberRequest> jury) {}

    @Schema(name = "JuryMember")
    public record JuryMemberRequest(@NotBlank @Size(max = 200) String name,
                                    @NotNull @Schema(description = "A professional of the trade (at least two per jury)") Boolean professional) {}

    @Schema(name = "Session")
    public record SessionView(UUID id, LocalDate date, String place, int capacity, List<ExamSessionEntity.JuryMember> jury, String status) {
        static SessionView of(ExamSessionEntity s) {
            return new SessionView(s.id, s.examDate, s.place, s.capacity, s.jury, s.status);
        }
    }

    @Schema(name = "RegistrationRequest")
    public record RegistrationRequest(@NotNull UUID candidateId) {}

    @Schema(name = "Registration")
    public record RegistrationView(UUID id, UUID sessionId, UUID candidateId, @Schema(description = "The CCPs sat at this session") List<String> ccps,
                                   String status, @Schema(description = "WHOLE_TITLE, PARTIAL or FAILED") String outcome, String juryDecision, LocalDate decidedOn,
                                   @Schema(description = "When the results were recorded (they may be entered days after the jury)") OffsetDateTime recordedAt,
                                   @Schema(description = "Who recorded the results", example = "chloe.certif") String recordedBy,
                                   @Schema(description = "The certificate (WHOLE_TITLE) or attestation (PARTIAL) these results issued: read it at "
                                           + "/api/v1/certificates/{number}. Null before the results and for FAILED", nullable = true,
                                           example = "MSADS-7K2Q-9XWB-M4TD-3HPA") String certificateNumber) {
        static RegistrationView of(RegistrationEntity r) {
            return new RegistrationView(r.id, r.sessionId, r.candidateId, r.ccps, r.status, r.outcome, r.juryDecision, r.decidedOn,
                    r.resultsRecordedAt, r.resultsRecordedBy, r.certificateNumber);
        }
    }

    @Schema(name = "ResultsRequest")
    public record ResultsRequest(@NotNull @Schema(description = "For each CCP sat, whether the jury grants it", example = "{\"RNCP36241BC01\":true,\"RNCP36241BC02\":false}")
                                 Map<String, Boolean> ccps,
                                 @NotBlank @Size(max = 4000) String juryDecision,
                                 @Schema(description = "The day the jury decided: today when not given; neither after today nor before the session",
                                         example = "2027-06-24") LocalDate decidedOn) {}

    @POST
    @Path("sessions")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(summary = "Plan an exam session", description = "Certification officers. The jury needs at least two professionals (configuration).")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "Jury incomplete (urn:cfa:problem:jury-incomplete)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull SessionRequest r, @Context SecurityContext caller, @Context UriInfo uri) {
        ExamSessionEntity s = sessions.create(r.date(), r.place(), r.capacity(),
                r.jury().stream().map(j -> new ExamSessionEntity.JuryMember(j.name(), j.professional())).toList(), caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build()).entity(SessionView.of(s)).build();
    }

    @GET
    @Path("sessions")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(summary = "List exam sessions", description = "Certification officers and managers, by date.")
    public Page<SessionView> list(@BeanParam @Valid PageRequest page) {
        PanacheQuery<ExamSessionEntity> q = ExamSessionEntity.findAll(Sort.by("examDate").and("id"));
        q.page(page.page, page.size);
        return new Page<>(q.<ExamSessionEntity>list().stream().map(SessionView::of).toList(), page.page, page.size, q.count());
    }

    @POST
    @Path("sessions/{id}/registrations")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(summary = "Register a candidate", description = "Only eligible candidates, once per session, within its capacity (also under "
            + "concurrent registrations), for the CCPs they do not hold yet.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already registered (urn:cfa:problem:already-registered)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "candidate-not-eligible (with the missing conditions), session-full, title-already-obtained",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("id") UUID sessionId, @Valid @NotNull RegistrationRequest r) {
        return Response.status(201).entity(RegistrationView.of(sessions.register(sessionId, r.candidateId()))).build();
    }

    @PUT
    @Path("registrations/{id}/results")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(summary = "Record the jury's results", description = "Per CCP sat, acquired or not; CCPs obtained are kept for later sessions. The "
            + "outcome is WHOLE_TITLE when every CCP is held, PARTIAL when some, FAILED when none; a certificate (or an attestation) is issued and "
            + "CertificationResultPublished is published. Only once the session's day has come; the certificate is dated the day the results are "
            + "recorded, which are kept with when and by whom.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such registration", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Results already recorded (urn:cfa:problem:illegal-transition)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session's day has not come yet (urn:cfa:problem:session-not-held-yet), decidedOn after today "
            + "(urn:cfa:problem:date-in-future) or before the session (urn:cfa:problem:decision-before-session); `errors` names decidedOn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView results(@PathParam("id") UUID id, @Valid @NotNull ResultsRequest r, @Context SecurityContext caller) {
        return RegistrationView.of(sessions.recordResults(id, r.ccps(), r.juryDecision(), r.decidedOn(), caller.getUserPrincipal().getName()));
    }
}
