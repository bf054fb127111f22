package fr.cfa.backoffice.admissions.rest;

import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessEntity;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit/sensitive-data-reads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read health data (RQTH), when, on which application")
public class SensitiveDataAccessResource {

    @Schema(name = "SensitiveDataRead", description = "One answer that carried RQTH data to an admissions officer",
            requiredProperties = {"applicationId", "reader", "readAt", "operation"})
    public record ReadView(@Schema(example = "0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b") UUID applicationId,
                           @Schema(description = "The officer (the token's name)", example = "Claire Martin") String reader,
                           @Schema(example = "2026-11-20T14:35:12+01:00") OffsetDateTime readAt,
                           @Schema(description = "What answered it", example = "read application") String operation) {}

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "listSensitiveDataReads", summary = "Reads of RQTH data", description = "Managers. Newest first, optionally for one application.")
    @APIResponse(responseCode = "200", description = "A page of reads, newest first")
    public Page<ReadView> list(@BeanParam @Valid PageRequest page, @QueryParam("applicationId") @Parameter(description = "Only the reads of this application") UUID applicationId) {
        Sort newestFirst = Sort.descending("readAt", "id");
        PanacheQuery<SensitiveDataAccessEntity> query = applicationId == null
                ? SensitiveDataAccessEntity.findAll(newestFirst)
                : SensitiveDataAccessEntity.find("applicationId", newestFirst, applicationId);
        query.page(page.page, page.size);
        return new Page<>(query.<SensitiveDataAccessEntity>list().stream()
                .map(a -> new ReadView(a.applicationId, a.reader, a.readAt, a.operation)).toList(), page.page, page.size, query.count());
    }
}
