package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.Actor;
import fr.cfa.backoffice.placement.domain.OfferStatus;
import fr.cfa.backoffice.placement.domain.Offers;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "Apprenticeship offers; open ones are public")
public class OfferResource {
    @Inject
    Offers offers;

    @Inject
    Callers callers;

    @Schema(name = "OfferRequest")
    public record OfferRequest(@Schema(description = "Placement officers name the employer; an employer's own id is taken from its token",
                                       examples = Examples.EMPLOYER_ID) UUID employerId,
                               @NotBlank @Size(max = 200) @Schema(examples = "Médiateur social — quartier Franc-Moisin") String title,
                               @NotBlank @Size(max = 300) @Schema(examples = "Saint-Denis") String place,
                               @Size(max = 20) @Schema(description = "Zone of intervention", examples = "[\"quartier Franc-Moisin\", \"ligne de bus 153\", \"sorties d'école\"]")
                               List<@NotBlank @Size(max = 200) String> zones,
                               @NotNull @Schema(examples = "2027-01-18") LocalDate startDate,
                               @NotNull @Min(1) @Max(50) @Schema(examples = "2") Integer positions) {}

    @Schema(name = "Offer", description = "An offer; no personal data")
    public record OfferView(@Schema(examples = Examples.OFFER_ID) UUID id,
                            @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                            @Schema(examples = "Médiateur social — quartier Franc-Moisin") String title,
                            @Schema(examples = "Saint-Denis") String place,
                            @Schema(description = "Zone of intervention; empty when none was given",
                                    examples = "[\"quartier Franc-Moisin\", \"ligne de bus 153\", \"sorties d'école\"]") List<String> zones,
                            @Schema(examples = "2027-01-18") LocalDate startDate,
                            @Schema(examples = "2") int positions,
                            @Schema(description = "Positions taken by active contracts", examples = "1") int positionsTaken,
                            @Schema(examples = "OPEN") OfferStatus status) {
        static OfferView of(OfferEntity o) {
            return new OfferView(o.id, o.employerId, o.title, o.place, o.zones, o.startDate, o.positions, o.positionsTaken, o.status);
        }
    }

    @POST
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "publishOffer", summary = "Publish an offer", description = "An employer publishes for itself; a placement officer for a named employer. OPEN until "
            + "its positions are taken by contracts (FILLED) or it is closed.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; a placement officer must name the employer (errors[].field employerId)")
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    public Response publish(@Valid @NotNull OfferRequest r, @Context UriInfo uri) {
        Actor actor = callers.current();
        UUID employerId = actor.employer() ? actor.employerId() : r.employerId();
        if (employerId == null) throw new InvalidParameterException("employerId", "must be given by a placement officer");
        OfferEntity o = offers.publish(new Offers.NewOffer(employerId, r.title(), r.place(), r.zones() == null ? List.of() : r.zones(), r.startDate(),
                r.positions()), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(o.id.toString()).build()).entity(OfferView.of(o)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOffers", summary = "List offers", description = "Public: open offers only (so for prescribers, trainers, admissions and certification "
            + "officers too). An employer sees its own whatever their status, and the open offers of others; placement officers and managers see "
            + "all. Filters: status, employerId.")
    @APIResponse(responseCode = "200", description = "One page of the offers you may see")
    public Page<OfferView> list(@BeanParam @Valid PageRequest page,
                                @QueryParam("status") @Parameter(schema = @Schema(implementation = OfferStatus.class, type = SchemaType.STRING)) String status,
                                @QueryParam("employerId") UUID employerId) {
        return offers.list(EnumParameter.parse(OfferStatus.class, status, "status"), employerId, callers.offerReader(), page).map(OfferView::of);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getOffer", summary = "One offer", description = "Public while OPEN; otherwise its employer, placement officers and managers only (404 for "
            + "anyone else).")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "No such offer, or not visible to you (urn:cfa:problem:not-found)")
    public OfferView get(@PathParam("id") UUID id) {
        return OfferView.of(offers.visible(id, callers.offerReader()));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "closeOffer", summary = "Close an offer", description = "Its employer or a placement officer; a closed offer is no longer public.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "404", description = "No such offer, or not yours (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Already closed (urn:cfa:problem:illegal-transition)")
    public OfferView close(@PathParam("id") UUID id) {
        return OfferView.of(offers.close(id, callers.current()));
    }
}
