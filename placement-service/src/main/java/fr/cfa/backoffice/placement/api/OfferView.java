package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.OfferStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
                        @Schema(examples = "OPEN") OfferStatus status) {}
