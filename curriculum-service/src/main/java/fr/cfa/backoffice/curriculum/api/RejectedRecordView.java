package fr.cfa.backoffice.curriculum.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RejectedRecord", description = "A field the State refused in a learner's record", requiredProperties = {"enrollmentId", "learner", "message"})
public record RejectedRecordView(
        @Schema(description = "The learner (the record's id_erp_apprenant)", example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
        @Schema(description = "Where to see the learner (a path on this service)", format = "uri-reference",
                example = "/api/v1/enrollments/5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") String learner,
        @Schema(description = "The State's name of the field at fault; absent when it named none", example = "code_postal_apprenant") String field,
        @Schema(example = "\"code_postal_apprenant\" must be 5 digits") String message) {}
