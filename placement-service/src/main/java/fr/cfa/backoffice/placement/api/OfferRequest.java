package fr.cfa.backoffice.placement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferRequest")
public record OfferRequest(@Schema(description = "Placement officers name the employer; an employer's own id is taken from its token",
                                   examples = Examples.EMPLOYER_ID) UUID employerId,
                           @NotBlank @Size(max = 200) @Schema(examples = "Médiateur social — quartier Franc-Moisin") String title,
                           @NotBlank @Size(max = 300) @Schema(examples = "Saint-Denis") String place,
                           @Size(max = 20) @Schema(description = "Zone of intervention", examples = "[\"quartier Franc-Moisin\", \"ligne de bus 153\", \"sorties d'école\"]")
                           List<@NotBlank @Size(max = 200) String> zones,
                           @NotNull @Schema(examples = "2027-01-18") LocalDate startDate,
                           @NotNull @Min(1) @Max(50) @Schema(examples = "2") Integer positions) {}
