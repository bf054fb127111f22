package fr.cfa.backoffice.certification.rest;

import fr.cfa.backoffice.certification.api.RegistrationRequest;
import fr.cfa.backoffice.certification.api.RegistrationView;
import fr.cfa.backoffice.certification.api.ResultsRequest;
import fr.cfa.backoffice.certification.api.SessionRequest;
import fr.cfa.backoffice.certification.api.SessionView;
import fr.cfa.backoffice.certification.domain.SessionQueries;
import fr.cfa.backoffice.certification.domain.Sessions;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
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

    @Inject
    SessionQueries queries;

    @Inject
    Callers callers;

    @POST
    @Path("sessions")
    @RolesAllowed(Roles.CERTIFICATION_OFFICER)
    @Operation(operationId = "planSession", summary = "Plan an exam session",
            description = "Certification officers. The jury needs at least two professionals (configuration).")
    @APIResponse(responseCode = "201", description = "Planned; Location is the session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "Jury incomplete (urn:cfa:problem:jury-incomplete)")
    public Response create(@Valid @NotNull SessionRequest r, @Context UriInfo uri) {
        SessionView s = sessions.plan(r, callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(s).build();
    }

    @GET
    @Path("sessions")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listSessions", summary = "List exam sessions", description = "Certification officers and managers, by date.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Page<SessionView> list(@BeanParam @Valid PageRequest page) {
        return queries.list(page);
    }

    @GET
    @Path("sessions/{id}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getSession", summary = "An exam session", description = "Certification officers and managers; where planSession's Location points.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session (urn:cfa:problem:not-found)")
    public SessionView get(@PathParam("id") UUID id) {
        return queries.session(id);
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
        RegistrationView registration = sessions.register(sessionId, r.candidateId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/registrations").path(registration.id().toString()).build())
                .entity(registration).build();
    }

    @GET
    @Path("registrations/{id}")
    @RolesAllowed({Roles.CERTIFICATION_OFFICER, Roles.MANAGER})
    @Operation(operationId = "getRegistration", summary = "A registration and its results",
            description = "Certification officers and managers; where registerCandidate's Location points. Once resulted, it names the certificate issued.")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No such registration (urn:cfa:problem:not-found)")
    public RegistrationView registration(@PathParam("id") UUID id) {
        return queries.registration(id);
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
    public RegistrationView results(@PathParam("id") UUID id, @Valid @NotNull ResultsRequest r) {
        return sessions.recordResults(id, r.ccps(), r.juryDecision(), r.decidedOn(), callers.current());
    }
}
