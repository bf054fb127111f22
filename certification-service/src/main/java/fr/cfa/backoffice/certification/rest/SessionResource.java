package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.domain.Sessions;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.RegistrationEntity;
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

// Errors every operation can answer (400, 401, 403, 404 on a path id, 406, 413, 415, 500, 503) are added by platform's ContractFilter.
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Exam sessions (sessions de validation), registrations and results")
public class SessionResource {
    @Inject
    Sessions sessions;

    @Schema(name = "SessionRequest")
    public record SessionRequest(@NotNull @Schema(example = "2027-06-24") LocalDate date, @NotBlank @Size(max = 300) @Schema(example = "CFA, salle 3") String place,
                                 @NotNull @Min(1) @Max(100) @Schema(example = "12") Integer capacity,
                                 @NotEmpty @Size(max = 10) List<@Valid @NotNull JuryMemberRequest> jury) {}

    @Schema(name = "JuryMemberRequest")
    public record JuryMemberRequest(@NotBlank @Size(max = 200) @Schema(example = "Mme Durand") String name,
                                    @NotNull @Schema(description = "A professional of the trade (at least two per jury)", example = "true") Boolean professional) {}

    @Schema(name = "JuryMember", requiredProperties = {"name", "professional"})
    public record JuryMemberView(@Schema(example = "Mme Durand") String name,
                                 @Schema(description = "A professional of the trade", example = "true") boolean professional) {}

    @Schema(name = "Session", requiredProperties = {"id", "date", "place", "capacity", "jury", "status"})
    public record SessionView(@Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID id, @Schema(example = "2027-06-24") LocalDate date,
                              @Schema(example = "CFA, salle 3") String place, @Schema(example = "12") int capacity, List<JuryMemberView> jury,
                              @Schema(description = "PLANNED", example = "PLANNED") String status) {
        static SessionView of(ExamSessionEntity s) {
            return new SessionView(s.id, s.examDate, s.place, s.capacity, s.jury.stream().map(j -> new JuryMemberView(j.name(), j.professional())).toList(),
                    s.status);
        }
    }

    @Schema(name = "RegistrationRequest")
    public record RegistrationRequest(@NotNull @Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId) {}

    @Schema(name = "Registration",
            requiredProperties = {"id", "sessionId", "candidateId", "ccps", "status", "outcome", "juryDecision", "decidedOn", "recordedAt",
                    "recordedBy", "certificateNumber"})
    public record RegistrationView(@Schema(example = "c2a8f4d1-7b3e-4e95-8f0a-1d6b2c9e4a73") UUID id,
                                   @Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID sessionId,
                                   @Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId,
                                   @Schema(description = "The CCPs sat at this session", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                                   List<String> ccps,
                                   @Schema(description = "REGISTERED, then RESULTED once the jury's results are recorded", enumeration = {"REGISTERED", "RESULTED"},
                                           example = "RESULTED") String status,
                                   @Schema(description = "WHOLE_TITLE, PARTIAL or FAILED; null before the results", nullable = true, example = "WHOLE_TITLE")
                                   String outcome,
                                   @Schema(description = "The jury's deliberation; null before the results", nullable = true, example = "Titre délivré")
                                   String juryDecision,
                                   @Schema(description = "The day the jury decided; null before the results", implementation = String.class, format = "date", nullable = true, example = "2027-06-24")
                                   LocalDate decidedOn,
                                   @Schema(description = "When the results were recorded (they may be entered days after the jury); null before the results",
                                           implementation = String.class, format = "date-time", nullable = true, example = "2027-06-25T10:15:00+02:00")
                                   OffsetDateTime recordedAt,
                                   @Schema(description = "Who recorded the results; null before the results", nullable = true, example = "chloe.certif")
                                   String recordedBy,
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
                                 @NotBlank @Size(max = 4000) @Schema(example = "Titre délivré partiellement : CCP 2 à repasser") String juryDecision,
                                 @Schema(description = "The day the jury decided: today when not given; neither after today nor before the session",
                                         example = "2027-06-24") LocalDate decidedOn) {}

    @POST
    @Path("sessions")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "planSession", summary = "Plan an exam session",
            description = "Certification officers. The jury needs at least two professionals (configuration).")
    @APIResponse(responseCode = "201", description = "Planned; Location is the session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "Jury incomplete (urn:cfa:problem:jury-incomplete)")
    public Response create(@Valid @NotNull SessionRequest r, @Context SecurityContext caller, @Context UriInfo uri) {
        ExamSessionEntity s = sessions.create(r.date(), r.place(), r.capacity(),
                r.jury().stream().map(j -> new ExamSessionEntity.JuryMember(j.name(), j.professional())).toList(), caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build()).entity(SessionView.of(s)).build();
    }

    @GET
    @Path("sessions")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listSessions", summary = "List exam sessions", description = "Certification officers and managers, by date.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Page<SessionView> list(@BeanParam @Valid PageRequest page) {
        PanacheQuery<ExamSessionEntity> q = ExamSessionEntity.findAll(Sort.by("examDate").and("id"));
        q.page(page.page, page.size);
        return new Page<>(q.<ExamSessionEntity>list().stream().map(SessionView::of).toList(), page.page, page.size, q.count());
    }

    @GET
    @Path("sessions/{id}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getSession", summary = "An exam session", description = "Certification officers and managers; where planSession's Location points.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session (urn:cfa:problem:not-found)")
    public SessionView get(@PathParam("id") UUID id) {
        return SessionView.of(sessions.session(id));
    }

    @POST
    @Path("sessions/{id}/registrations")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "registerCandidate", summary = "Register a candidate", description = "Only eligible candidates, once per session, within its "
            + "capacity (also under concurrent registrations), for the CCPs they do not hold yet.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such session (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Already registered for this session (urn:cfa:problem:already-registered)")
    @APIResponse(responseCode = "422", description = "The candidate may not sit the exam yet (urn:cfa:problem:candidate-not-eligible, `missing` lists the "
            + "conditions), the session is full (urn:cfa:problem:session-full) or the candidate already holds every CCP (urn:cfa:problem:title-already-obtained)")
    public Response register(@PathParam("id") UUID sessionId, @Valid @NotNull RegistrationRequest r, @Context UriInfo uri) {
        RegistrationEntity registration = sessions.register(sessionId, r.candidateId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/registrations").path(registration.id.toString()).build())
                .entity(RegistrationView.of(registration)).build();
    }

    @GET
    @Path("registrations/{id}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getRegistration", summary = "A registration and its results",
            description = "Certification officers and managers; where registerCandidate's Location points. Once resulted, it names the certificate issued.")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No such registration (urn:cfa:problem:not-found)")
    public RegistrationView registration(@PathParam("id") UUID id) {
        return RegistrationView.of(sessions.registration(id));
    }

    @PUT
    @Path("registrations/{id}/results")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "recordResults", summary = "Record the jury's results", description = "Per CCP sat, acquired or not; CCPs obtained are kept "
            + "for later sessions. The outcome is WHOLE_TITLE when every CCP is held, PARTIAL when some, FAILED when none; a certificate (or an "
            + "attestation) is issued, its number is in the answer (`certificateNumber`), and CertificationResultPublished is published. Only once "
            + "the session's day has come; the certificate is dated the day the results are recorded, which are kept with when and by whom.")
    @APIResponse(responseCode = "200", description = "Recorded; certificateNumber names the certificate or attestation issued (null for FAILED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or not exactly the CCPs sat (urn:cfa:problem:validation-failed, `errors` names ccps)")
    @APIResponse(responseCode = "404", description = "No such registration (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Results already recorded (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "The session's day has not come yet (urn:cfa:problem:session-not-held-yet), decidedOn after today "
            + "(urn:cfa:problem:date-in-future) or before the session (urn:cfa:problem:decision-before-session); `errors` names decidedOn")
    public RegistrationView results(@PathParam("id") UUID id, @Valid @NotNull ResultsRequest r, @Context SecurityContext caller) {
        return RegistrationView.of(sessions.recordResults(id, r.ccps(), r.juryDecision(), r.decidedOn(), caller.getUserPrincipal().getName()));
    }
}
