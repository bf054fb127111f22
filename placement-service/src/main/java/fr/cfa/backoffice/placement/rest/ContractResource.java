package fr.cfa.backoffice.placement.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.placement.domain.Actor;
import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.Contracts;
import fr.cfa.backoffice.placement.domain.JobActivity;
import fr.cfa.backoffice.placement.domain.Rating;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EvaluationEntity;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Apprenticeship contracts, their termination and the evaluations at the employer")
public class ContractResource {
    private static final String NOT_FOUND = "No such contract, or not yours (urn:cfa:problem:not-found)";
    private static final String RATINGS = "{\"ORGANISE_INTERVENTIONS\": \"ACQUIRED\", \"WATCH_ASSIGNED_ZONE\": \"ACQUIRED\", "
            + "\"CONTACT_LOCAL_POPULATION\": \"IN_PROGRESS\", \"WELCOME_AND_INFORM\": \"ACQUIRED\", \"IDENTIFY_TENSIONS\": \"IN_PROGRESS\", "
            + "\"REGULATE_CONFLICTS\": \"NOT_ACQUIRED\", \"TRACK_ACTIVITY\": \"ACQUIRED\", \"NETWORKS_AND_WATCH\": \"IN_PROGRESS\"}";

    @Inject
    Contracts contracts;

    @Inject
    Callers callers;

    @Schema(name = "ContractRequest")
    public record ContractRequest(@NotNull @Schema(description = "A placeable learner (GET /learners)", examples = Examples.CANDIDATE_ID) UUID candidateId,
                                  @NotNull @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                                  @NotNull @Schema(description = "A tutor of that employer", examples = Examples.TUTOR_ID) UUID tutorId,
                                  @Schema(description = "The open offer it fills, if any", examples = Examples.OFFER_ID) UUID offerId,
                                  @NotNull @Schema(examples = "2027-01-11") LocalDate startDate,
                                  @NotNull @Schema(examples = "2027-06-30") LocalDate endDate,
                                  @NotNull @Min(1) @Max(48) @Schema(examples = "35") Integer weeklyHours,
                                  @Schema(description = "The apprentice repeats the cycle (counts in the tutor's +1)", examples = "false") Boolean repeating) {}

    /** The termination fields are null while the contract is active; the learner's names are null once erased. */
    @Schema(name = "Contract")
    public record ContractView(@Schema(examples = Examples.CONTRACT_ID) UUID id,
                               @Schema(examples = Examples.CANDIDATE_ID) UUID candidateId,
                               @Schema(nullable = true, description = "Null once the learner is erased (GDPR)", examples = "Inès") String learnerFirstName,
                               @Schema(nullable = true, description = "Null once the learner is erased (GDPR)", examples = "Moreau") String learnerLastName,
                               @Schema(examples = Examples.COHORT_ID) UUID cohortId,
                               @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                               @Schema(examples = Examples.TUTOR_ID) UUID tutorId,
                               @Schema(nullable = true, description = "The offer it fills, if any", examples = Examples.OFFER_ID) UUID offerId,
                               @Schema(examples = "2027-01-11") LocalDate startDate,
                               @Schema(examples = "2027-06-30") LocalDate endDate,
                               @Schema(examples = "35") int weeklyHours,
                               @Schema(examples = "false") boolean repeating,
                               @Schema(examples = "ACTIVE") ContractStatus status,
                               @Schema(nullable = true, description = "The contract's last day (terminated only)", examples = "2027-02-19") LocalDate terminatedOn,
                               @Schema(nullable = true, description = "Terminated only", examples = "MUTUAL_AGREEMENT") FreeTermination.Ground terminationGround,
                               @Schema(nullable = true, description = "EMPLOYER, APPRENTICE or BOTH (terminated only)", examples = "BOTH") String terminationInitiator,
                               @Schema(nullable = true, description = "When the termination was recorded (it may be dated earlier); null for terminations "
                                       + "recorded before this was kept", examples = "2027-02-20T09:30:00+01:00") OffsetDateTime terminationRecordedAt,
                               @Schema(nullable = true, description = "Who recorded the termination; null as terminationRecordedAt", examples = "Claire Martin") String terminationRecordedBy,
                               @Schema(description = "The employer period is completed (EmployerPeriodCompleted published)", examples = "false") boolean employerPeriodCompleted,
                               @Schema(examples = "2026-12-15T14:00:00+01:00") OffsetDateTime signedAt) {
        static ContractView of(ContractEntity c) {
            LearnerEntity l = LearnerEntity.findById(c.candidateId);
            return new ContractView(c.id, c.candidateId, l == null ? null : l.firstName, l == null ? null : l.lastName, c.cohortId, c.employerId,
                    c.tutorId, c.offerId, c.startDate, c.endDate, c.weeklyHours, c.repeating, c.status, c.terminatedOn, c.terminationGround,
                    c.terminationInitiator, c.terminationRecordedAt, c.terminationRecordedBy, c.periodCompleted, c.signedAt);
        }
    }

    @Schema(name = "TerminationRequest")
    public record TerminationRequest(@NotNull @Schema(examples = "2027-02-19", description = "The last day of the contract: in the past, or at most "
                                             + "placement.termination.max-days-ahead (30) days ahead") LocalDate date,
                                     @NotBlank @Pattern(regexp = "EMPLOYER|APPRENTICE|BOTH", message = "must be EMPLOYER, APPRENTICE or BOTH")
                                     @Schema(examples = "BOTH") String initiator,
                                     @NotNull @Schema(description = "FREE_DURING_FIRST_45_DAYS only within the first 45 days at the employer",
                                             examples = "MUTUAL_AGREEMENT") FreeTermination.Ground ground,
                                     @NotBlank @Size(max = 2000) @Schema(examples = "Rupture d'un commun accord (cerfa signé par les deux parties)") String reason) {}

    @Schema(name = "EvaluationRequest")
    public record EvaluationRequest(@NotNull @Schema(examples = "2027-01-11") LocalDate periodFrom,
                                    @NotNull @Schema(description = "Today at the latest: the weeks rated have been worked", examples = "2027-03-26") LocalDate periodTo,
                                    @NotNull @Schema(description = "A rating for each of the eight job activities", examples = RATINGS) Map<JobActivity, Rating> ratings,
                                    @Size(max = 4000) @Schema(examples = "Bonne posture d'écoute ; à consolider : écrits professionnels") String comments,
                                    @Schema(description = "The final evaluation of the employer period", examples = "false") Boolean finalReview) {
        @JsonIgnore
        @AssertTrue(message = "rate each of the eight job activities")
        public boolean isEveryActivityRated() {
            return ratings != null && ratings.keySet().containsAll(EnumSet.allOf(JobActivity.class)) && !ratings.containsValue(null);
        }

        @JsonIgnore
        @AssertTrue(message = "the period must not end before it starts")
        public boolean isPeriodOrdered() {
            return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
        }
    }

    @Schema(name = "Evaluation")
    public record EvaluationView(@Schema(examples = Examples.EVALUATION_ID) UUID id,
                                 @Schema(examples = Examples.CONTRACT_ID) UUID contractId,
                                 @Schema(examples = "2027-01-11") LocalDate periodFrom,
                                 @Schema(examples = "2027-03-26") LocalDate periodTo,
                                 @Schema(examples = RATINGS) Map<JobActivity, Rating> ratings,
                                 @Schema(nullable = true, examples = "Bonne posture d'écoute ; à consolider : écrits professionnels") String comments,
                                 @Schema(examples = "false") boolean finalReview,
                                 @Schema(examples = "Karim Haddad") String evaluatedBy,
                                 @Schema(examples = "2027-03-26T17:00:00+01:00") OffsetDateTime evaluatedAt,
                                 @Schema(description = "When it was recorded (the same as evaluatedAt)", examples = "2027-03-26T17:00:00+01:00") OffsetDateTime recordedAt,
                                 @Schema(description = "Who recorded it: the token's name (the same as evaluatedBy)", examples = "Karim Haddad") String recordedBy) {
        static EvaluationView of(EvaluationEntity e) {
            return new EvaluationView(e.id, e.contractId, e.periodFrom, e.periodTo, e.ratings, e.comments, e.finalReview, e.evaluatedBy, e.evaluatedAt,
                    e.evaluatedAt, e.evaluatedBy);
        }
    }

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(operationId = "recordContract", summary = "Record a signed contract", description = "Placement officers. Rules: start at most 3 months before and after the "
            + "cohort's start, end on or after the cycle's end and at most 2 months after it, one active contract per learner (409), tutor of the "
            + "employer, tutor capacity 2 (+1 repeating). Publishes ContractSigned.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "The learner has an active contract (urn:cfa:problem:learner-has-active-contract)")
    @APIResponse(responseCode = "422", description = "A rule refuses it: contract-starts-too-early, contract-starts-too-late, contract-ends-before-cycle-end, "
            + "contract-ends-too-late, tutor-capacity-reached, tutor-not-of-employer, offer-not-open, unknown-learner")
    public Response sign(@Valid @NotNull ContractRequest r, @Context UriInfo uri) {
        ContractEntity c = contracts.sign(new Contracts.NewContract(r.candidateId(), r.employerId(), r.tutorId(), r.offerId(), r.startDate(), r.endDate(),
                r.weeklyHours(), Boolean.TRUE.equals(r.repeating())), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).entity(ContractView.of(c)).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "listContracts", summary = "List contracts", description = "Staff see all (filters: status, employerId); an employer only its own.")
    @APIResponse(responseCode = "200", description = "One page of contracts, by signature")
    public Page<ContractView> list(@BeanParam @Valid PageRequest page,
                                   @QueryParam("status") @Parameter(schema = @Schema(implementation = ContractStatus.class, type = SchemaType.STRING)) String status,
                                   @QueryParam("employerId") UUID employerId) {
        Actor actor = callers.current();
        UUID employer = actor.employer() ? actor.employerId() : employerId;
        ContractStatus s = EnumParameter.parse(ContractStatus.class, status, "status");
        String where = "1 = 1" + (employer != null ? " and employerId = :employer" : "") + (s != null ? " and status = :status" : "");
        Parameters params = new Parameters();
        if (employer != null) params = params.and("employer", employer);
        if (s != null) params = params.and("status", s);
        PanacheQuery<ContractEntity> query = ContractEntity.find(where, Sort.by("signedAt").and("id"), params);
        query.page(page.page, page.size);
        return new Page<>(query.<ContractEntity>list().stream().map(ContractView::of).toList(), page.page, page.size, query.count());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getContract", summary = "One contract", description = "Staff, or its employer (another employer's contract answers 404).")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(contracts.get(id, callers.current()));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "terminateContract", summary = "Terminate the contract", description = "Either party may end it freely during the first 45 days of practical training "
            + "at the employer (days in the cohort's employer weeks; centre weeks do not count, L6222-18); after that, only mutual agreement or "
            + "the grounds the law allows (422 termination-not-allowed otherwise). The date may be past, or at most "
            + "placement.termination.max-days-ahead (30) days ahead (422 date-in-future). Records who and when. Publishes ContractTerminated.")
    @APIResponse(responseCode = "200", description = "Terminated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already terminated (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "Not allowed on this ground at this date (urn:cfa:problem:termination-not-allowed), dated too far "
            + "ahead (urn:cfa:problem:date-in-future, errors[].field date), or before the contract's start (termination-before-start)")
    public ContractView terminate(@PathParam("id") UUID id, @Valid @NotNull TerminationRequest r) {
        return ContractView.of(contracts.terminate(id, new Contracts.Termination(r.date(), r.initiator(), r.ground(), r.reason()), callers.current()));
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "recordEvaluation", summary = "Evaluate the apprentice at the employer", description = "The tutor (employer partner) or a placement officer rates each job "
            + "activity for a period of employer weeks ending today at the latest. A final evaluation once the cohort's employer weeks have elapsed "
            + "publishes EmployerPeriodCompleted. Records who and when.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The contract is terminated (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "The period ends after today (urn:cfa:problem:date-in-future, errors[].field periodTo)")
    public Response evaluate(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest r) {
        EvaluationEntity e = contracts.evaluate(id, new Contracts.Evaluation(r.periodFrom(), r.periodTo(), r.ratings(), r.comments(),
                Boolean.TRUE.equals(r.finalReview())), callers.current());
        return Response.status(201).entity(EvaluationView.of(e)).build();
    }
}
