package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.api.EmployerCerfaFields;
import fr.cfa.backoffice.placement.api.EmployerRequest;
import fr.cfa.backoffice.placement.api.RequestExamples;
import fr.cfa.backoffice.placement.api.EmployerView;
import fr.cfa.backoffice.placement.api.TutorRequest;
import fr.cfa.backoffice.placement.api.TutorView;
import fr.cfa.backoffice.placement.domain.Created;
import fr.cfa.backoffice.placement.domain.Employers;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
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
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/employers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employers", description = "Host organisations and their tutors (maîtres d'apprentissage)")
public class EmployerResource {
    @Inject
    Employers employers;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(operationId = "registerEmployer", summary = "Register an employer", description = "Placement officers. The SIRET is checked (14 digits, Luhn, La Poste's exception); "
            + "the filing body follows from the sector.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered (urn:cfa:problem:duplicate-siret)")
    @APIResponse(responseCode = "422", description = "Invalid SIRET (urn:cfa:problem:siret-invalid), or a CERFA type code of the other sector "
            + "(urn:cfa:problem:employer-type-code-mismatch)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerRequest.class), examples = {
            @ExampleObject(name = "commune", summary = "A public employer: a commune (files with the DDETS via CELIA)", value = RequestExamples.COMMUNE),
            @ExampleObject(name = "association", summary = "A private employer: an association under a collective agreement (files with its OPCO)",
                    value = RequestExamples.ASSOCIATION)}))
    public Response register(@Valid @NotNull EmployerRequest r, @Context UriInfo uri) {
        EmployerView e = employers.register(new Employers.NewEmployer(r.legalName(), r.siret(), r.kind(), r.sector(), r.opco(), r.street(),
                r.postalCode(), r.city(), r.contactName(), r.contactEmail(), r.contactPhone(), r.cerfa()), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build()).entity(e).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listEmployers", summary = "List employers", description = "Placement officers and managers, by legal name, paginated.")
    @APIResponse(responseCode = "200", description = "One page of employers")
    public Page<EmployerView> list(@BeanParam @Valid PageRequest page) {
        return employers.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getEmployer", summary = "One employer", description = "Staff, or the employer itself (another employer's id answers 404).")
    @APIResponse(responseCode = "200", description = "The employer")
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    public EmployerView get(@PathParam("id") UUID id) {
        return employers.get(id, callers.current());
    }

    @PUT
    @Path("{id}/cerfa")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "updateEmployerCerfa", summary = "Set the employer's part of the CERFA FA13 form", description = "Placement officers or the "
            + "employer itself. Replaces the five fields (type code, specific-employer code, NAF, headcount, IDCC); null clears one. The type code "
            + "must be of the employer's sector: private 11–16, public 21–29. Signing a contract requires them all.")
    @APIResponse(responseCode = "200", description = "The employer, updated")
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "A type code of the other sector (urn:cfa:problem:employer-type-code-mismatch), or a field "
            + "out of range (urn:cfa:problem:validation, errors[].field)")
    public EmployerView updateCerfa(@PathParam("id") UUID id, @Valid @NotNull EmployerCerfaFields r) {
        return employers.updateCerfa(id, r, callers.current());
    }

    @POST
    @Path("{id}/tutors")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "addTutor", summary = "Add a tutor (maître d'apprentissage)", description = "Placement officers or the employer itself. A tutor needs a relevant "
            + "diploma at level 4 or above and 12 months of experience, or 24 months of experience (R6223-22); otherwise 422 tutor-not-qualified. "
            + "With an Idempotency-Key, a retry answers the tutor first added.")
    @APIResponse(responseCode = "201", description = "Added (or, on a retry with the same Idempotency-Key, the one first added)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TutorView.class)))
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "Tutor not qualified (urn:cfa:problem:tutor-not-qualified), or the Idempotency-Key was used "
            + "for another body (urn:cfa:problem:idempotency-key-reused)")
    public Response addTutor(@PathParam("id") UUID id, @Valid @NotNull TutorRequest r,
                             @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeyHeader.DESCRIPTION, example = IdempotencyKeyHeader.EXAMPLE) String idempotencyKey) {
        Created<TutorView> t = employers.addTutor(id, new Employers.NewTutor(r.firstName(), r.lastName(), r.email(), r.diplomaTitle(), r.diplomaLevel(),
                r.diplomaRelevant(), r.relevantExperienceMonths(), r.jobTitle(), r.birthDate()), callers.current(), idempotencyKey);
        return Response.status(201).header(IdempotencyKeys.REPLAYED_HEADER, t.replayed() ? "true" : null).entity(t.view()).build();
    }
}
