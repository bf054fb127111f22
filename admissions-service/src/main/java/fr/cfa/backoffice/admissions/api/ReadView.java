package fr.cfa.backoffice.admissions.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A read of RQTH data (its simple name names the published page schema, PageReadView). */
@Schema(name = "SensitiveDataRead", description = "One answer that carried RQTH data to an admissions officer",
        requiredProperties = {"applicationId", "reader", "readAt", "operation"})
public record ReadView(@Schema(example = "0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b") UUID applicationId,
                       @Schema(description = "The officer (the token's name)", example = "Claire Martin") String reader,
                       @Schema(example = "2026-11-20T14:35:12+01:00") OffsetDateTime readAt,
                       @Schema(description = "What answered it", example = "read application") String operation) {}
