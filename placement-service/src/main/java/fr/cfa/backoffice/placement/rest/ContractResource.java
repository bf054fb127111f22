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
import fr.cfa.backoffice.platform.problem.Problem;
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
@APIResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields at fault", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContractResource {
    private static final String NOT_FOUND = "No such contract (or not yours)";

    @Inject
    Contracts contracts;

    @Inject
    Callers callers;

    @Schema(name = "ContractRequest")
    public record ContractRequest(@NotNull @Schema(description = "A placeable learner (GET /learners)") UUID candidateId,
                                  @NotNull UUID employerId, @NotNull UUID tutorId, UUID offerId,
                                  @NotNull @Schema(example = "2027-01-11") LocalDate startDate,
                                  @NotNull @Schema(example = "2027-06-30") LocalDate endDate,
                                  @NotNull @Min(1) @Max(48) @Schema(example = "35") Integer weeklyHours,
                                  @Schema(description = "The apprentice repeats the cycle (counts in the tutor's +1)") Boolean repeating) {}

    @Schema(name = "Contract")
    public record ContractView(UUID id, UUID candidateId, String learnerFirstName, String learnerLastName, UUID cohortId, UUID employerId, UUID tutorId,
                               UUID offerId, LocalDate startDate, LocalDate endDate, int weeklyHours, boolean repeating, ContractStatus status,
                               LocalDate terminatedOn, FreeTermination.Ground terminationGround, String terminationInitiator,
                               @Schema(description = "When the termination was recorded (it may be dated earlier)") OffsetDateTime terminationRecordedAt,
                               @Schema(description = "Who recorded the termination") String terminationRecordedBy,
                               @Schema(description = "The employer period is completed (EmployerPeriodCompleted published)") boolean employerPeriodCompleted,
                               OffsetDateTime signedAt) {
        static ContractView of(ContractEntity c) {
            LearnerEntity l = LearnerEntity.findById(c.candidateId);
            return new ContractView(c.id, c.candidateId, l == null ? null : l.firstName, l == null ? null : l.lastName, c.cohortId, c.employerId,
                    c.tutorId, c.offerId, c.startDate, c.endDate, c.weeklyHours, c.repeating, c.status, c.terminatedOn, c.terminationGround,
                    c.terminationInitiator, c.terminationRecordedAt, c.terminationRecordedBy, c.periodCompleted, c.signedAt);
        }
    }

    @Schema(name = "TerminationRequest")
    public record TerminationRequest(@NotNull @Schema(example = "2027-02-19", description = "The last day of the contract: in the past, or at most "
                                             + "placement.termination.max-days-ahead (30) days ahead") LocalDate date,
                                     @NotBlank @Pattern(regexp = "EMPLOYER|APPRENTICE|BOTH", message = "must be EMPLOYER, APPRENTICE or BOTH") String initiator,
                                     @NotNull @Schema(description = "FREE_DURING_FIRST_45_DAYS only within the first 45 days at the employer") FreeTermination.Ground ground,
                                     @NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "EvaluationRequest")
    public record EvaluationRequest(@NotNull LocalDate periodFrom,
                                    @NotNull @Schema(description = "Today at the latest: the weeks rated have been worked") LocalDate periodTo,
                                    @NotNull @Schema(description = "A rating for each of the eight job activities") Map<JobActivity, Rating> ratings,
                                    @Size(max = 4000) String comments,
                                    @Schema(description = "The final evaluation of the employer period") Boolean finalReview) {
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
    public record EvaluationView(UUID id, UUID contractId, LocalDate periodFrom, LocalDate periodTo, Map<JobActivity, Rating> ratings, String comments,
                                 boolean finalReview, String evaluatedBy, OffsetDateTime evaluatedAt,
                                 @Schema(description = "When it was recorded (the same as evaluatedAt)") OffsetDateTime recordedAt,
                                 @Schema(description = "Who recorded it: the token's name (the same as evaluatedBy)") String recordedBy) {
        static EvaluationView of(EvaluationEntity e) {
            return new EvaluationView(e.id, e.contractId, e.periodFrom, e.periodTo, e.ratings, e.comments, e.finalReview, e.evaluatedBy, e.evaluatedAt,
                    e.evaluatedAt, e.evaluatedBy);
        }
    }

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(summary = "Record a signed contract", description = "Placement officers. Rules: start at most 3 months before and after the "
            + "cohort's start, end on or after the cycle's end and at most 2 months after it, one active contract per learner (409), tutor of the "
            + "employer, tutor capacity 2 (+1 repeating). Publishes ContractSigned.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "The learner has an active contract (urn:cfa:problem:learner-has-active-contract)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refuses it: contract-starts-too-early, contract-starts-too-late, contract-ends-before-cycle-end, "
            + "contract-ends-too-late, tutor-capacity-reached, tutor-not-of-employer, offer-not-open, unknown-learner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@Valid @NotNull ContractRequest r, @Context UriInfo uri) {
        ContractEntity c = contracts.sign(new Contracts.NewContract(r.candidateId(), r.employerId(), r.tutorId(), r.offerId(), r.startDate(), r.endDate(),
                r.weeklyHours(), Boolean.TRUE.equals(r.repeating())), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).entity(ContractView.of(c)).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(summary = "List contracts", description = "Staff see all (filters: status, employerId); an employer only its own.")
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
    @Operation(summary = "One contract", description = "Staff, or its employer (another employer's contract answers 404).")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(contracts.get(id, callers.current()));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(summary = "Terminate the contract", description = "Either party may end it freely during the first 45 days of practical training "
            + "at the employer (days in the cohort's employer weeks; centre weeks do not count, L6222-18); after that, only mutual agreement or "
            + "the grounds the law allows (422 termination-not-allowed otherwise). The date may be past, or at most "
            + "placement.termination.max-days-ahead (30) days ahead (422 date-in-future). Records who and when. Publishes ContractTerminated.")
    @APIResponse(responseCode = "200", description = "Terminated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already terminated (urn:cfa:problem:illegal-transition)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not allowed on this ground at this date (urn:cfa:problem:termination-not-allowed), dated too far "
            + "ahead (urn:cfa:problem:date-in-future, errors[].field date), or before the contract's start (termination-before-start)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView terminate(@PathParam("id") UUID id, @Valid @NotNull TerminationRequest r) {
        return ContractView.of(contracts.terminate(id, new Contracts.Termination(r.date(), r.initiator(), r.ground(), r.reason()), callers.current()));
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(summary = "Evaluate the apprentice at the employer", description = "The tutor (employer partner) or a placement officer rates each job "
            + "activity for a period of employer weeks ending today at the latest. A final evaluation once the cohort's employer weeks have elapsed "
            + "publishes EmployerPeriodCompleted. Records who and when.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The contract is terminated", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period ends after today (urn:cfa:problem:date-in-future, errors[].field periodTo)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluate(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest r) {
        EvaluationEntity e = contracts.evaluate(id, new Contracts.Evaluation(r.periodFrom(), r.periodTo(), r.ratings(), r.comments(),
                Boolean.TRUE.equals(r.finalReview())), callers.current());
        return Response.status(201).entity(EvaluationView.of(e)).build();
    }
}
