package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.platform.web.cache.PublicCached;
import fr.cfa.backoffice.platform.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import fr.cfa.backoffice.curriculum.api.ProgrammeView;
import fr.cfa.backoffice.curriculum.domain.ProgrammeQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programme")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "The title prepared, its CCPs and modules (public)")
public class ProgrammeResource {
    @Inject
    ProgrammeQueries programme;

    @GET
    @PermitAll
    @PublicCached
    @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")
    @Operation(operationId = "getProgramme", summary = "The programme", description = "Public. The active version of the programme: title, RNCP code, level, certifier, "
            + "registration end, the three CCPs and the nine modules M1–M9 with their planned hours and the CCP each prepares.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "404", description = "No programme version is active (urn:cfa:problem:not-found)")
    public ProgrammeView programme() {
        return programme.active();
    }
}
