package fr.cfa.backoffice.certification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JuryMember", requiredProperties = {"name", "professional"})
public record JuryMemberView(@Schema(example = "Mme Durand") String name,
                             @Schema(description = "A professional of the trade", example = "true") boolean professional) {}
