package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.api.ApplicationPage;
import fr.cfa.backoffice.admissions.api.ApplicationRequest;
import fr.cfa.backoffice.admissions.api.ApplicationView;
import fr.cfa.backoffice.admissions.api.DecisionRequest;
import fr.cfa.backoffice.admissions.api.EligibilityView;
import fr.cfa.backoffice.admissions.api.InterviewOutcomeRequest;
import fr.cfa.backoffice.admissions.api.InterviewScheduleRequest;
import fr.cfa.backoffice.admissions.api.ReviewRequest;
import fr.cfa.backoffice.admissions.api.WithdrawalRequest;
import fr.cfa.backoffice.admissions.domain.ApplicationIntake;
import fr.cfa.backoffice.admissions.domain.ApplicationQueries;
import fr.cfa.backoffice.admissions.domain.Channel;
import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import fr.cfa.backoffice.admissions.domain.SelectionWorkflow;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.CursorPageRequest;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.IfMatch;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications, their eligibility and the selection steps")
public class ApplicationResource {
    private static final String OFFICER = Roles.ADMISSIONS_OFFICER;
    private static final String NOT_FOUND = "No such application (or not one of yours)";
    private static final String READERS = "RQTH, its evidence document and interview notes are for admissions officers only, and each answer "
            + "carrying them is audit-logged; interview scores are not for prescribers; a verdict on a candidate aged 30 or more is withheld "
            + "from prescribers and managers (see Eligibility). In the history, managers see who took each step but not why; prescribers see "
            + "each step and its time, and who and why only on their own steps.";
    private static final String STEP_CONFLICT = "Step not allowed in the current state (urn:cfa:problem:illegal-transition, names currentState), "
            + "or changed concurrently without If-Match (urn:cfa:problem:concurrent-modification)";
    private static final String IF_MATCH = "The application's ETag as last read (e.g. \"3\"): the step is refused with 412 "
            + "(urn:cfa:problem:precondition-failed) if the application changed since. Optional";

    @Inject
    ApplicationIntake intake;

    @Inject
    SelectionWorkflow workflow;

    @Inject
    ApplicationQueries queries;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed({OFFICER, Roles.PRESCRIBER})
    @Operation(operationId = "submitApplication", summary = "Submit an application", description = "Prescribers (channel PRESCRIBER, scoped to their prescriber_id) and admissions officers "
            + "(FRONT_OFFICE or WEB). Eligibility is evaluated against the cohort's start date; an ineligible application is stored with its "
            + "reasons, not refused. Publishes ApplicationSubmitted. With an Idempotency-Key, a retry by the same caller (same organisation, token "
            + "issuer and subject) answers the first result (same id); another caller's key is never shared. The answer shows what the caller "
            + "may see: " + READERS)
    @APIResponse(responseCode = "201", description = "Stored (or, on a retry with the same Idempotency-Key, the first result); Location names it",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422", description = "Unknown cohort (urn:cfa:problem:unknown-cohort), cohort closed or started (urn:cfa:problem:cohort-closed), "
            + "Idempotency-Key reused for another body (urn:cfa:problem:idempotency-key-reused), "
            + "or a document received after today (urn:cfa:problem:date-in-future, errors[0].field documents[i].receivedOn)")
    public Response submit(@Valid @NotNull ApplicationRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Any unique string (e.g. a UUID) per intended application, 1 to 200 "
                                   + "characters: a retry with the same key and body answers the first result", example = "9d5c2f7a-1b3e-4c8d-a6f0-2e4b7c9d1a3f")
                           String idempotencyKey,
                           @Context UriInfo uri) {
        Caller caller = callers.current();
        boolean prescriber = caller.has(Roles.PRESCRIBER);
        Channel channel = prescriber ? Channel.PRESCRIBER : request.channel() == null ? Channel.FRONT_OFFICE : request.channel();
        if (!prescriber && channel == Channel.PRESCRIBER) {
            throw new InvalidParameterException("channel", "PRESCRIBER is set by the prescriber's own submission; use FRONT_OFFICE or WEB");
        }
        ApplicationIntake.Submission submission = intake.submit(request.toDomain(channel, caller.partnerId()), caller, idempotencyKey, request);
        Versioned<ApplicationView> application = submission.application();
        return Response.created(uri.getAbsolutePathBuilder().path(application.body().id().toString()).build())
                .tag(etag(application))
                .header(IdempotencyKeys.REPLAYED_HEADER, submission.replayed() ? "true" : null)
                .entity(application.body()).build();
    }

    @GET
    @RolesAllowed({OFFICER, Roles.MANAGER, Roles.PRESCRIBER})
    @Operation(operationId = "listApplications", summary = "List applications", description = "Officers and managers see all, prescribers only theirs. Filters: cohortId, status, "
            + "prescriberId. Sorted by submission. Page by number (?page=, from 0) or, to walk the whole list, by cursor: each page's "
            + "nextCursor, passed as ?cursor= with the same filters, answers the next page at the same cost however deep it is, and "
            + "never repeats or skips an application while new ones arrive. A page reached by cursor gives the count taken on the walk's "
            + "first page as totalItems. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of applications, without their history")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid; a cursor not issued by this list with "
            + "these filters, or given with page (urn:cfa:problem:invalid-parameter, errors[0].field cursor or page)")
    public ApplicationPage list(@BeanParam @Valid CursorPageRequest page, @QueryParam("cohortId") @Parameter(description = "Only this cohort's applications") UUID cohortId,
                                      @QueryParam("status") @Parameter(description = "Only applications in this status", schema = @Schema(implementation = SelectionStatus.class, type = SchemaType.STRING)) String status,
                                      @QueryParam("prescriberId") @Parameter(description = "Only this prescriber's applications (a prescriber sees only its own)") UUID prescriberId) {
        return queries.list(cohortId, EnumParameter.parse(SelectionStatus.class, status, "status"), prescriberId, callers.current(), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({OFFICER, Roles.MANAGER, Roles.PRESCRIBER})
    @Operation(operationId = "getApplication", summary = "One application, with its history", description = "The ETag carries the version to send back as If-Match on a step. "
            + READERS)
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(description = "The application's id") UUID id) {
        return answer(queries.get(id, callers.current()));
    }

    @GET
    @Path("{id}/eligibility")
    @RolesAllowed({OFFICER, Roles.MANAGER, Roles.PRESCRIBER})
    @Operation(operationId = "getApplicationEligibility", summary = "The application's eligibility", description = "Every admission rule that failed, with its code, against the cohort's start date. "
            + "For prescribers and managers, the verdict on a candidate aged 30 or more on that date is withheld (`eligible` null, `withheld` true, "
            + "only the rules that do not depend on age listed), with or without RQTH, since only RQTH could explain it. An admissions officer's "
            + "read of such a verdict is audit-logged.")
    @APIResponse(responseCode = "200", description = "The eligibility", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EligibilityView eligibility(@PathParam("id") @Parameter(description = "The application's id") UUID id) {
        return queries.eligibility(id, callers.current());
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(OFFICER)
    @Operation(operationId = "reviewApplication", summary = "Review the file", description = "UNDER_REVIEW (from SUBMITTED), ACCEPTED_FOR_INTERVIEW or REJECTED (from SUBMITTED or FILE_UNDER_REVIEW), with a reason.")
    @APIResponse(responseCode = "200", description = "The application after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    public Response review(@PathParam("id") @Parameter(description = "The application's id") UUID id, @Valid @NotNull ReviewRequest request, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch) {
        return answer(workflow.review(id, request.outcome(), request.reason(), callers.current(), IfMatch.version(ifMatch)));
    }

    @POST
    @Path("{id}/interview")
    @RolesAllowed(OFFICER)
    @Operation(operationId = "scheduleInterview", summary = "Schedule (or move) the oral interview", description = "From FILE_ACCEPTED, or INTERVIEW_SCHEDULED to move it: date-time with offset, place or video link, interviewers.")
    @APIResponse(responseCode = "200", description = "The application after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    public Response scheduleInterview(@PathParam("id") @Parameter(description = "The application's id") UUID id, @Valid @NotNull InterviewScheduleRequest request, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch) {
        return answer(workflow.scheduleInterview(id, request.toDomain(), callers.current(), IfMatch.version(ifMatch)));
    }

    @PUT
    @Path("{id}/interview")
    @RolesAllowed(OFFICER)
    @Operation(operationId = "recordInterviewOutcome", summary = "Record the interview's outcome", description = "From INTERVIEW_SCHEDULED: attendance, the four scores (motivation, understanding of the job, "
            + "communication, project; 1–5) and a recommendation, once the interview has begun (by the suite clock). The answer says "
            + "when and by whom it was recorded.")
    @APIResponse(responseCode = "200", description = "The application after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    @APIResponse(responseCode = "422", description = "The interview has not taken place yet (urn:cfa:problem:date-in-future, errors[0].field interview.at)")
    public Response recordInterview(@PathParam("id") @Parameter(description = "The application's id") UUID id, @Valid @NotNull InterviewOutcomeRequest request, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch) {
        return answer(workflow.recordInterview(id, request.toDomain(), callers.current(), IfMatch.version(ifMatch)));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(OFFICER)
    @Operation(operationId = "decideApplication", summary = "Decide", description = "From INTERVIEWED (or WAITLISTED): ADMITTED while the cohort has seats, otherwise WAITLISTED with a rank; "
            + "WAITLISTED; REJECTED. Publishes CandidateAdmitted on admission.")
    @APIResponse(responseCode = "200", description = "The application after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    @APIResponse(responseCode = "422", description = "The candidate is ineligible (urn:cfa:problem:candidate-ineligible) or a waitlisted candidate meets a full cohort (urn:cfa:problem:cohort-full)")
    public Response decide(@PathParam("id") @Parameter(description = "The application's id") UUID id, @Valid @NotNull DecisionRequest request, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch) {
        return answer(workflow.decide(id, request.outcome(), request.reason(), callers.current(), IfMatch.version(ifMatch)));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({OFFICER, Roles.PRESCRIBER})
    @Operation(operationId = "withdrawApplication", summary = "Withdraw", description = "Until the cohort starts, from any open state. A withdrawn admitted candidate's seat goes to the first on the "
            + "waitlist automatically. Publishes CandidateWithdrawn (and CandidateAdmitted for the promoted one).")
    @APIResponse(responseCode = "200", description = "The application after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    @APIResponse(responseCode = "422", description = "The cohort has started (urn:cfa:problem:cohort-already-started)")
    public Response withdraw(@PathParam("id") @Parameter(description = "The application's id") UUID id, @Valid @NotNull WithdrawalRequest request, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, example = "\"3\"") String ifMatch) {
        return answer(workflow.withdraw(id, request.reason(), callers.current(), IfMatch.version(ifMatch)));
    }

    private static Response answer(Versioned<ApplicationView> application) {
        return Response.ok(application.body()).tag(etag(application)).build();
    }

    private static EntityTag etag(Versioned<ApplicationView> application) {
        return new EntityTag(String.valueOf(application.version()));
    }
}
