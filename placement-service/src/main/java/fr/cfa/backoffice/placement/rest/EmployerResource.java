package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.Employers;
import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Schema(name = "EmployerRequest")
    public record EmployerRequest(@NotBlank @Size(max = 300) @Schema(examples = "Ville de Saint-Denis") String legalName,
                                  @NotBlank @Schema(description = "14 digits, Luhn checksum (La Poste's SIREN 356000000 excepted)", examples = "21930066000014") String siret,
                                  @NotNull @Schema(examples = "COLLECTIVITE_TERRITORIALE") EmployerKind kind,
                                  @NotNull @Schema(description = "PUBLIC employers file contracts with the DDETS, PRIVATE ones with their OPCO", examples = "PUBLIC") Sector sector,
                                  @Size(max = 100) @Schema(description = "The OPCO of a private employer", examples = "Uniformation") String opco,
                                  @Size(max = 300) @Schema(examples = "2 place Victor Hugo") String street,
                                  @Size(max = 10) @Schema(examples = "93200") String postalCode,
                                  @Size(max = 100) @Schema(examples = "Saint-Denis") String city,
                                  @Size(max = 200) @Schema(examples = "Nadia Benali") String contactName,
                                  @Email @Size(max = 200) @Schema(examples = "n.benali@ville-saint-denis.example") String contactEmail,
                                  @Size(max = 40) @Schema(examples = "+33 1 49 33 60 00") String contactPhone) {}

    /** Optional contact and address fields are null when not given (always present in the answer). */
    @Schema(name = "Employer")
    public record EmployerView(@Schema(examples = Examples.EMPLOYER_ID) UUID id,
                               @Schema(examples = "Ville de Saint-Denis") String legalName,
                               @Schema(examples = "21930066000014") String siret,
                               @Schema(examples = "COLLECTIVITE_TERRITORIALE") EmployerKind kind,
                               @Schema(examples = "PUBLIC") Sector sector,
                               @Schema(description = "Where contracts are filed: DDETS (public) or OPCO (private)", examples = "DDETS") Sector.FilingBody filingBody,
                               @Schema(nullable = true, examples = "Uniformation") String opco,
                               @Schema(nullable = true, examples = "2 place Victor Hugo") String street,
                               @Schema(nullable = true, examples = "93200") String postalCode,
                               @Schema(nullable = true, examples = "Saint-Denis") String city,
                               @Schema(nullable = true, examples = "Nadia Benali") String contactName,
                               @Schema(nullable = true, examples = "n.benali@ville-saint-denis.example") String contactEmail,
                               @Schema(nullable = true, examples = "+33 1 49 33 60 00") String contactPhone,
                               @Schema(examples = "2026-11-02T10:15:00+01:00") OffsetDateTime createdAt) {
        static EmployerView of(EmployerEntity e) {
            return new EmployerView(e.id, e.legalName, e.siret, e.kind, e.sector, e.filingBody, e.opco, e.street, e.postalCode, e.city,
                    e.contactName, e.contactEmail, e.contactPhone, e.createdAt);
        }
    }

    @Schema(name = "TutorRequest")
    public record TutorRequest(@NotBlank @Size(max = 100) @Schema(examples = "Karim") String firstName,
                               @NotBlank @Size(max = 100) @Schema(examples = "Haddad") String lastName,
                               @Email @Schema(examples = "k.haddad@ville-saint-denis.example") String email,
                               @Size(max = 200) @Schema(examples = "DE Médiateur social") String diplomaTitle,
                               @Min(1) @Max(8) @Schema(description = "Level 1–8 of the national framework", examples = "5") Integer diplomaLevel,
                               @NotNull @Schema(description = "Whether the diploma is relevant to social mediation", examples = "true") Boolean diplomaRelevant,
                               @NotNull @Min(0) @Max(600) @Schema(examples = "18") Integer relevantExperienceMonths) {}

    @Schema(name = "Tutor")
    public record TutorView(@Schema(examples = Examples.TUTOR_ID) UUID id,
                            @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                            @Schema(examples = "Karim") String firstName,
                            @Schema(examples = "Haddad") String lastName,
                            @Schema(nullable = true, examples = "k.haddad@ville-saint-denis.example") String email,
                            @Schema(nullable = true, examples = "DE Médiateur social") String diplomaTitle,
                            @Schema(nullable = true, description = "Level 1–8 of the national framework", examples = "5") Integer diplomaLevel,
                            @Schema(examples = "true") boolean diplomaRelevant,
                            @Schema(examples = "18") int relevantExperienceMonths) {
        static TutorView of(TutorEntity t) {
            return new TutorView(t.id, t.employerId, t.firstName, t.lastName, t.email, t.diplomaTitle, t.diplomaLevel, t.diplomaRelevant,
                    t.relevantExperienceMonths);
        }
    }

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(operationId = "registerEmployer", summary = "Register an employer", description = "Placement officers. The SIRET is checked (14 digits, Luhn, La Poste's exception); "
            + "the filing body follows from the sector.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered (urn:cfa:problem:duplicate-siret)")
    @APIResponse(responseCode = "422", description = "Invalid SIRET (urn:cfa:problem:siret-invalid)")
    public Response register(@Valid @NotNull EmployerRequest r, @Context UriInfo uri) {
        EmployerEntity e = employers.register(new Employers.NewEmployer(r.legalName(), r.siret(), r.kind(), r.sector(), r.opco(), r.street(),
                r.postalCode(), r.city(), r.contactName(), r.contactEmail(), r.contactPhone()), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build()).entity(EmployerView.of(e)).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listEmployers", summary = "List employers", description = "Placement officers and managers, by legal name, paginated.")
    @APIResponse(responseCode = "200", description = "One page of employers")
    public Page<EmployerView> list(@BeanParam @Valid PageRequest page) {
        PanacheQuery<EmployerEntity> query = EmployerEntity.findAll(Sort.by("legalName").and("id"));
        query.page(page.page, page.size);
        return new Page<>(query.<EmployerEntity>list().stream().map(EmployerView::of).toList(), page.page, page.size, query.count());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(operationId = "getEmployer", summary = "One employer", description = "Staff, or the employer itself (another employer's id answers 404).")
    @APIResponse(responseCode = "200", description = "The employer")
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    public EmployerView get(@PathParam("id") UUID id) {
        return EmployerView.of(employers.get(id, callers.current()));
    }

    @POST
    @Path("{id}/tutors")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "addTutor", summary = "Add a tutor (maître d'apprentissage)", description = "Placement officers or the employer itself. A tutor needs a relevant "
            + "diploma at level 4 or above and 12 months of experience, or 24 months of experience (R6223-22); otherwise 422 tutor-not-qualified.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TutorView.class)))
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "Tutor not qualified (urn:cfa:problem:tutor-not-qualified)")
    public Response addTutor(@PathParam("id") UUID id, @Valid @NotNull TutorRequest r, @Context UriInfo uri) {
        TutorEntity t = employers.addTutor(id, new Employers.NewTutor(r.firstName(), r.lastName(), r.email(), r.diplomaTitle(), r.diplomaLevel(),
                r.diplomaRelevant(), r.relevantExperienceMonths()), callers.current());
        return Response.status(201).entity(TutorView.of(t)).build();
    }
}
