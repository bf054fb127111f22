package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessEntity;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import fr.cfa.backoffice.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit/sensitive-data-reads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read health data (RQTH), when, on which application")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SensitiveDataAccessResource {

    @Schema(name = "SensitiveDataRead")
    public record ReadView(UUID applicationId, String reader, OffsetDateTime readAt, String operation) {}

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Reads of RQTH data", description = "Managers. Newest first, optionally for one application.")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReadView> list(@BeanParam @Valid PageRequest page, @QueryParam("applicationId") UUID applicationId) {
        Sort newestFirst = Sort.descending("readAt", "id");
        PanacheQuery<SensitiveDataAccessEntity> query = applicationId == null
                ? SensitiveDataAccessEntity.findAll(newestFirst)
                : SensitiveDataAccessEntity.find("applicationId", newestFirst, applicationId);
        query.page(page.page, page.size);
        return new Page<>(query.<SensitiveDataAccessEntity>list().stream()
                .map(a -> new ReadView(a.applicationId, a.reader, a.readAt, a.operation)).toList(), page.page, page.size, query.count());
    }
}
