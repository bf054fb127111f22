package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.Employers;
import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.platform.problem.Problem;
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
@APIResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields at fault", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EmployerResource {
    @Inject
    Employers employers;

    @Inject
    Callers callers;

    @Schema(name = "EmployerRequest")
    public record EmployerRequest(@NotBlank @Size(max = 300) @Schema(example = "Ville de Saint-Denis") String legalName,
                                  @NotBlank @Schema(description = "14 digits, Luhn checksum (La Poste's SIREN 356000000 excepted)", example = "21930066000014") String siret,
                                  @NotNull EmployerKind kind,
                                  @NotNull @Schema(description = "PUBLIC employers file contracts with the DDETS, PRIVATE ones with their OPCO") Sector sector,
                                  @Size(max = 100) @Schema(description = "The OPCO of a private employer", example = "Uniformation") String opco,
                                  @Size(max = 300) String street, @Size(max = 10) String postalCode, @Size(max = 100) String city,
                                  @Size(max = 200) String contactName, @Email @Size(max = 200) String contactEmail, @Size(max = 40) String contactPhone) {}

    @Schema(name = "Employer")
    public record EmployerView(UUID id, String legalName, String siret, EmployerKind kind, Sector sector,
                               @Schema(description = "Where contracts are filed: DDETS (public) or OPCO (private)") Sector.FilingBody filingBody,
                               String opco, String street, String postalCode, String city, String contactName, String contactEmail, String contactPhone,
                               OffsetDateTime createdAt) {
        static EmployerView of(EmployerEntity e) {
            return new EmployerView(e.id, e.legalName, e.siret, e.kind, e.sector, e.filingBody, e.opco, e.street, e.postalCode, e.city,
                    e.contactName, e.contactEmail, e.contactPhone, e.createdAt);
        }
    }

    @Schema(name = "TutorRequest")
    public record TutorRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName, @Email String email,
                               @Size(max = 200) @Schema(example = "DE Médiateur social") String diplomaTitle,
                               @Min(1) @Max(8) @Schema(description = "Level 1–8 of the national framework", example = "5") Integer diplomaLevel,
                               @NotNull @Schema(description = "Whether the diploma is relevant to social mediation") Boolean diplomaRelevant,
                               @NotNull @Min(0) @Max(600) @Schema(example = "18") Integer relevantExperienceMonths) {}

    @Schema(name = "Tutor")
    public record TutorView(UUID id, UUID employerId, String firstName, String lastName, String email, String diplomaTitle, Integer diplomaLevel,
                            boolean diplomaRelevant, int relevantExperienceMonths) {
        static TutorView of(TutorEntity t) {
            return new TutorView(t.id, t.employerId, t.firstName, t.lastName, t.email, t.diplomaTitle, t.diplomaLevel, t.diplomaRelevant,
                    t.relevantExperienceMonths);
        }
    }

    @POST
    @RolesAllowed(Roles.PLACEMENT_OFFICER)
    @Operation(summary = "Register an employer", description = "Placement officers. The SIRET is checked (14 digits, Luhn, La Poste's exception); "
            + "the filing body follows from the sector.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "SIRET already registered (urn:cfa:problem:duplicate-siret)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid SIRET (urn:cfa:problem:siret-invalid)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull EmployerRequest r, @Context UriInfo uri) {
        EmployerEntity e = employers.register(new Employers.NewEmployer(r.legalName(), r.siret(), r.kind(), r.sector(), r.opco(), r.street(),
                r.postalCode(), r.city(), r.contactName(), r.contactEmail(), r.contactPhone()), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build()).entity(EmployerView.of(e)).build();
    }

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(summary = "List employers", description = "Placement officers and managers, by legal name, paginated.")
    public Page<EmployerView> list(@BeanParam @Valid PageRequest page) {
        PanacheQuery<EmployerEntity> query = EmployerEntity.findAll(Sort.by("legalName").and("id"));
        query.page(page.page, page.size);
        return new Page<>(query.<EmployerEntity>list().stream().map(EmployerView::of).toList(), page.page, page.size, query.count());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER, Roles.EMPLOYER})
    @Operation(summary = "One employer", description = "Staff, or the employer itself (another employer's id answers 404).")
    @APIResponse(responseCode = "404", description = "No such employer (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EmployerView get(@PathParam("id") UUID id) {
        return EmployerView.of(employers.get(id, callers.current()));
    }

    @POST
    @Path("{id}/tutors")
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(summary = "Add a tutor (maître d'apprentissage)", description = "Placement officers or the employer itself. A tutor needs a relevant "
            + "diploma at level 4 or above and 12 months of experience, or 24 months of experience (R6223-22); otherwise 422 tutor-not-qualified.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TutorView.class)))
    @APIResponse(responseCode = "404", description = "No such employer (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Tutor not qualified (urn:cfa:problem:tutor-not-qualified)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addTutor(@PathParam("id") UUID id, @Valid @NotNull TutorRequest r, @Context UriInfo uri) {
        TutorEntity t = employers.addTutor(id, new Employers.NewTutor(r.firstName(), r.lastName(), r.email(), r.diplomaTitle(), r.diplomaLevel(),
                r.diplomaRelevant(), r.relevantExperienceMonths()), callers.current());
        return Response.status(201).entity(TutorView.of(t)).build();
    }
}
