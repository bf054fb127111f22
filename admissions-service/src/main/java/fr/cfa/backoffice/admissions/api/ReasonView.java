package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IneligibilityReason", requiredProperties = {"code", "message"})
public record ReasonView(
        @Schema(description = "Stable code", example = "QUALIFICATION_OR_EXPERIENCE_MISSING") Ineligibility.Reason code,
        @Schema(example = "Needs a level 3 (niveau V) or higher qualification in the social field, or 12 months of social or mediation experience; has 3")
        String message) {}
