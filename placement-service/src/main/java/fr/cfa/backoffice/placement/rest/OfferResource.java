package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.platform.web.cache.PublicCached;
import fr.cfa.backoffice.platform.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import fr.cfa.backoffice.placement.api.OfferRequest;
import fr.cfa.backoffice.placement.api.OfferView;
import fr.cfa.backoffice.placement.domain.Created;
import fr.cfa.backoffice.placement.domain.OfferStatus;
import fr.cfa.backoffice.placement.domain.Offers;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.annotation.security.PermitAll;
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

    @POST
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.EMPLOYER})
    @Operation(operationId = "publishOffer", summary = "Publish an offer", description = "An employer publishes for itself; a placement officer for a named employer. OPEN until "
            + "its positions are taken by contracts (FILLED) or it is closed. With an Idempotency-Key, a retry answers the offer first published.")
    @APIResponse(responseCode = "201", description = "Published (or, on a retry with the same Idempotency-Key, the one first published)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; a placement officer must name the employer (errors[].field employerId)")
    @APIResponse(responseCode = "404", description = "No such employer, or not yours (urn:cfa:problem:not-found)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another body (urn:cfa:problem:idempotency-key-reused)")
    public Response publish(@Valid @NotNull OfferRequest r,
                            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeyHeader.DESCRIPTION, example = IdempotencyKeyHeader.EXAMPLE) String idempotencyKey,
                            @Context UriInfo uri) {
        Created<OfferView> o = offers.publish(new Offers.NewOffer(r.employerId(), r.title(), r.place(), r.zones() == null ? List.of() : r.zones(),
                r.startDate(), r.positions()), callers.current(), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(o.view().id().toString()).build())
                .header(IdempotencyKeys.REPLAYED_HEADER, o.replayed() ? "true" : null).entity(o.view()).build();
    }

    @GET
    @PermitAll
    @PublicCached(sameForEveryCaller = false) // an employer also sees its own offers
    @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")
    @Operation(operationId = "listOffers", summary = "List offers", description = "Public: open offers only (so for prescribers, trainers, admissions and certification "
            + "officers too). An employer sees its own whatever their status, and the open offers of others; placement officers and managers see "
            + "all. Filters: status, employerId.")
    @APIResponse(responseCode = "200", description = "One page of the offers you may see")
    public Page<OfferView> list(@BeanParam @Valid PageRequest page,
                                @QueryParam("status") @Parameter(schema = @Schema(implementation = OfferStatus.class, type = SchemaType.STRING)) String status,
                                @QueryParam("employerId") UUID employerId) {
        return offers.list(EnumParameter.parse(OfferStatus.class, status, "status"), employerId, callers.current(), page);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @PublicCached(sameForEveryCaller = false)
    @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")
    @Operation(operationId = "getOffer", summary = "One offer", description = "Public while OPEN; otherwise its employer, placement officers and managers only (404 for "
            + "anyone else).")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "No such offer, or not visible to you (urn:cfa:problem:not-found)")
    public OfferView get(@PathParam("id") UUID id) {
        return offers.visible(id, callers.current());
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
        return offers.close(id, callers.current());
    }
}
