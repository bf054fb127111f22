package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.api.CerfaView;
import fr.cfa.backoffice.placement.api.ContractCerfaFields;
import fr.cfa.backoffice.placement.api.ContractRequest;
import fr.cfa.backoffice.placement.api.ContractView;
import fr.cfa.backoffice.placement.api.EvaluationRequest;
import fr.cfa.backoffice.placement.api.EvaluationView;
import fr.cfa.backoffice.placement.api.RequestExamples;
import fr.cfa.backoffice.placement.api.FilingRequest;
import fr.cfa.backoffice.placement.api.FilingView;
import fr.cfa.backoffice.placement.api.RemunerationView;
import fr.cfa.backoffice.placement.api.TerminationRequest;
import fr.cfa.backoffice.placement.domain.CerfaForms;
import fr.cfa.backoffice.placement.domain.ContractQueries;
import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.Contracts;
import fr.cfa.backoffice.placement.domain.Created;
import fr.cfa.backoffice.placement.domain.FilingStatus;
import fr.cfa.backoffice.placement.domain.Filings;
import fr.cfa.backoffice.placement.domain.Remunerations;
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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    CerfaForms forms;

    @Inject
    Filings filings;

    @Inject
    Remunerations remunerations;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(operationId = "recordContract", summary = "Record a contract, signed or as a draft", description = "Placement officers. With "
            + "\"draft\": true, a DRAFT: the CERFA FA13 form may be incomplete and nothing is published; sign it later with POST "
            + "/contracts/{id}/signature. Otherwise signed at once, which requires every field the form requires (422 contract-form-incomplete, "
            + "errors[] names each missing field: the employer's part, the tutors' job, diploma and birth date, the contract's part). Rules at "
            + "signing: start at most 3 months before and after the cohort's start, end on or after the cycle's end and at most 2 months after the end "
            + "of the exams (the Friday of the cohort's exam week; the cycle's end when unknown), "
            + "one active contract per learner (409), tutor of the employer, tutor capacity 2 (+1 repeating), signature date today at the latest. "
            + "Publishes ContractSigned; the contract then says where and by when it must be filed (filing).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "The learner has an active contract (urn:cfa:problem:learner-has-active-contract)")
    @APIResponse(responseCode = "422", description = "A rule refuses it: contract-form-incomplete, contract-starts-too-early, contract-starts-too-late, "
            + "contract-ends-before-cycle-end, contract-ends-too-late, tutor-capacity-reached, tutor-not-of-employer, offer-not-open, unknown-learner; "
            + "or a date in the future (date-in-future)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractRequest.class), examples = {
            @ExampleObject(name = "commune", summary = "Signed at once with a commune (public employer)", value = RequestExamples.COMMUNE_CONTRACT),
            @ExampleObject(name = "association", summary = "A draft with an association under IDCC 1518 (private employer)", value = RequestExamples.ASSOCIATION_DRAFT)}))
    public Response record(@Valid @NotNull ContractRequest r, @Context UriInfo uri) {
        ContractView c = contracts.create(new Contracts.NewContract(r.candidateId(), r.employerId(), r.tutorId(), r.offerId(), r.startDate(), r.endDate(),
                r.weeklyHours(), Boolean.TRUE.equals(r.repeating())), r.cerfa(), Boolean.TRUE.equals(r.draft()), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @POST
    @Path("{id}/signature")
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(operationId = "signContract", summary = "Sign a draft", description = "Placement officers. The body completes the draft's part of the "
            + "CERFA FA13 form (fields not given keep the draft's; the body may be empty). Same rules as a contract signed at once. Publishes ContractSigned.")
    @APIResponse(responseCode = "200", description = "Signed: ACTIVE", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not a draft (urn:cfa:problem:illegal-transition), or the learner has an active contract")
    @APIResponse(responseCode = "422", description = "The form lacks required fields (urn:cfa:problem:contract-form-incomplete, errors[].field), or a rule refuses it")
    public ContractView sign(@PathParam("id") UUID id, @Valid ContractCerfaFields r) {
        return contracts.sign(id, r, callers.current());
    }

    @PUT
    @Path("{id}/cerfa")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "updateDraftCerfa", summary = "Fill a draft's part of the CERFA FA13 form", description = "Placement officers or the "
            + "contract's employer. Replaces the draft's fields (null clears one). A signed contract's form is what was signed: 409.")
    @APIResponse(responseCode = "200", description = "The draft, updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not a draft (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "A field out of range or a tutor of another employer (validation, tutor-not-of-employer)")
    public ContractView updateDraft(@PathParam("id") UUID id, @Valid @NotNull ContractCerfaFields r) {
        return contracts.updateDraft(id, r, callers.current());
    }

    @GET
    @Path("{id}/cerfa")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getContractCerfa", summary = "The CERFA FA13 form's data", description = "Staff, or the contract's employer. The form's "
            + "data field by field, grouped as the form groups it (employer, apprentice, maîtres d'apprentissage, contract, "
            + "training and CFA), ready to be keyed or sent. A draft's missingFields names what signing still requires. The disabled worker "
            + "(RQTH) box is never filled from our data.")
    @APIResponse(responseCode = "200", description = "The form's data", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CerfaView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CerfaView cerfa(@PathParam("id") UUID id) {
        return forms.cerfa(id, callers.current());
    }

    @GET
    @Path("{id}/remuneration")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getContractRemuneration", summary = "The apprentice's minimum pay, period by period", description = "Staff, or "
            + "the contract's employer; a draft too, so that the pay is known before signing. The legal minimum gross pay from the start to the "
            + "end (or the termination): a percentage of the SMIC, or from 21 of the collective agreement's minimum (SMC) when higher, by age "
            + "bracket and contract year (D6222-26), for the contract's weekly hours. A new period starts at each anniversary of the start, on "
            + "the first day of the month after the birthday that changes the age bracket, and when the SMIC or SMC changes (dated reference data).")
    @APIResponse(responseCode = "200", description = "The pay periods", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RemunerationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The apprentice's birth date is not known, e.g. the learner was erased (urn:cfa:problem:birth-date-unknown)")
    public RemunerationView remuneration(@PathParam("id") UUID id) {
        return remunerations.remuneration(id, callers.current());
    }

    @GET
    @Path("{id}/filing")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getContractFiling", summary = "Where and by when to file", description = "Staff, or the contract's "
            + "employer. A private employer files with its OPCO, a public one with the DDETS via CELIA, within 5 jours ouvrables of the start "
            + "(D6224-1); the filing once recorded; and an estimate of the employer aid it may claim, from dated amounts by headcount and "
            + "diploma level, with its decree (never the amount for an apprentice with RQTH: the estimate says it may be higher).")
    @APIResponse(responseCode = "200", description = "The filing", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilingView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "A draft is not filed (urn:cfa:problem:illegal-transition)")
    public FilingView filing(@PathParam("id") UUID id) {
        return filings.filing(id, callers.current());
    }

    @PUT
    @Path("{id}/filing")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "recordContractFiling", summary = "Record the filing and its decision", description = "Placement officers or the "
            + "contract's employer: when it was filed (today at the latest), the file's reference, and the decision with its date once known. "
            + "Records who and when. A filing after the due date is kept, marked filedLate.")
    @APIResponse(responseCode = "200", description = "The contract, with its filing", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "A draft is not filed (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "A date in the future (date-in-future), a decision without its date or before the filing (validation)")
    public ContractView recordFiling(@PathParam("id") UUID id, @Valid @NotNull FilingRequest r) {
        return contracts.recordFiling(id, new Contracts.Filing(r.filedOn(), r.reference(), r.decision(), r.decidedOn()), callers.current());
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "listContracts", summary = "List contracts", description = "Staff see all (filters: status, employerId, filing); an "
            + "employer only its own. filing=OVERDUE lists the signed contracts not filed by their due date.")
    @APIResponse(responseCode = "200", description = "One page of contracts, by creation")
    public Page<ContractView> list(@BeanParam @Valid PageRequest page,
                                   @QueryParam("status") @Parameter(schema = @Schema(implementation = ContractStatus.class, type = SchemaType.STRING)) String status,
                                   @QueryParam("employerId") UUID employerId,
                                   @QueryParam("filing") @Parameter(description = "Signed contracts whose filing stands so", schema = @Schema(implementation = FilingStatus.class,
                                           type = SchemaType.STRING)) String filing) {
        return queries.list(EnumParameter.parse(ContractStatus.class, status, "status"), employerId, EnumParameter.parse(FilingStatus.class, filing, "filing"),
                callers.current(), page);
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
            + "at the employer (the working days, Monday to Friday, of the cohort's employer weeks; centre weeks and weekends do not count, L6222-18); "
            + "after that, only mutual agreement or the grounds the law allows (422 termination-not-allowed otherwise). A resignation by the apprentice "
            + "after the first 45 days records the referral to the mediator (mediatorReferredOn), then the notice to the employer at least 5 days later "
            + "(employerInformedOn), and takes effect (date) at least 7 days after the notice (L6222-18, D6222-21-1; 422 termination-step-missing, "
            + "resignation-notice-too-early, resignation-effect-too-early, reasons[] lists each). Every termination records when the OPCO or the DDETS "
            + "and the CFA were informed. The date may be past, or at most placement.termination.max-days-ahead (30) days ahead; the steps are today at "
            + "the latest (422 date-in-future). Records who and when. Publishes ContractTerminated (its terminatedOn is the effective date).")
    @APIResponse(responseCode = "200", description = "Terminated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already terminated (urn:cfa:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "Not allowed on this ground at this date (urn:cfa:problem:termination-not-allowed), a resignation's "
            + "step missing or too early (termination-step-missing, resignation-notice-too-early, resignation-effect-too-early), dated too far ahead "
            + "(urn:cfa:problem:date-in-future, errors[].field names the date), or before the contract's start (termination-before-start)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TerminationRequest.class), examples = {
            @ExampleObject(name = "commune", summary = "Mutual agreement with a commune (public employer: the DDETS is informed)",
                    value = RequestExamples.COMMUNE_MUTUAL_AGREEMENT),
            @ExampleObject(name = "association", summary = "The apprentice resigns from an association under IDCC 1518 after the first 45 days "
                    + "(private employer: its OPCO is informed)", value = RequestExamples.ASSOCIATION_RESIGNATION)}))
    public ContractView terminate(@PathParam("id") UUID id, @Valid @NotNull TerminationRequest r) {
        return contracts.terminate(id, new Contracts.Termination(r.date(), r.initiator(), r.ground(), r.reason(), r.mediatorReferredOn(),
                r.employerInformedOn(), r.filingBodyInformedOn(), r.cfaInformedOn()), callers.current());
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
