package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.api.ContractRequest;
import fr.cfa.backoffice.placement.api.ContractView;
import fr.cfa.backoffice.placement.api.EvaluationRequest;
import fr.cfa.backoffice.placement.api.EvaluationView;
import fr.cfa.backoffice.placement.api.TerminationRequest;
import fr.cfa.backoffice.placement.domain.ContractQueries;
import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.Contracts;
import fr.cfa.backoffice.placement.domain.Created;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    @Inject
    Contracts contracts;

    @Inject
    ContractQueries queries;

    @Inject
    Callers callers;

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
        ContractView c = contracts.sign(new Contracts.NewContract(r.candidateId(), r.employerId(), r.tutorId(), r.offerId(), r.startDate(), r.endDate(),
                r.weeklyHours(), Boolean.TRUE.equals(r.repeating())), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "listContracts", summary = "List contracts", description = "Staff see all (filters: status, employerId); an employer only its own.")
    @APIResponse(responseCode = "200", description = "One page of contracts, by signature")
    public Page<ContractView> list(@BeanParam @Valid PageRequest page,
                                   @QueryParam("status") @Parameter(schema = @Schema(implementation = ContractStatus.class, type = SchemaType.STRING)) String status,
                                   @QueryParam("employerId") UUID employerId) {
        return queries.list(EnumParameter.parse(ContractStatus.class, status, "status"), employerId, callers.current(), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getContract", summary = "One contract", description = "Staff, or its employer (another employer's contract answers 404).")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ContractView get(@PathParam("id") UUID id) {
        return queries.get(id, callers.current());
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
        return contracts.terminate(id, new Contracts.Termination(r.date(), r.initiator(), r.ground(), r.reason()), callers.current());
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "recordEvaluation", summary = "Evaluate the apprentice at the employer", description = "The tutor (employer partner) or a placement officer rates each job "
            + "activity for a period of employer weeks ending today at the latest. A final evaluation once the cohort's employer weeks have elapsed "
            + "publishes EmployerPeriodCompleted. Records who and when. With an Idempotency-Key, a retry answers the evaluation first recorded.")
    @APIResponse(responseCode = "201", description = "Recorded (or, on a retry with the same Idempotency-Key, the one first recorded)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The contract is terminated (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "The period ends after today (urn:cfa:problem:date-in-future, errors[].field periodTo), or the "
            + "Idempotency-Key was used for another body (urn:cfa:problem:idempotency-key-reused)")
    public Response evaluate(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest r,
                             @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeyHeader.DESCRIPTION, example = IdempotencyKeyHeader.EXAMPLE) String idempotencyKey) {
        Created<EvaluationView> e = contracts.evaluate(id, new Contracts.Evaluation(r.periodFrom(), r.periodTo(), r.ratings(), r.comments(),
                Boolean.TRUE.equals(r.finalReview())), callers.current(), idempotencyKey);
        return Response.status(201).header(IdempotencyKeys.REPLAYED_HEADER, e.replayed() ? "true" : null).entity(e.view()).build();
    }
}
