package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.SessionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Session", requiredProperties = {"id", "date", "place", "capacity", "jury", "status"})
public record SessionView(@Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID id, @Schema(example = "2027-06-24") LocalDate date,
                          @Schema(example = "CFA, salle 3") String place, @Schema(example = "12") int capacity, List<JuryMemberView> jury,
                          @Schema(description = "PLANNED", implementation = String.class, example = "PLANNED") SessionStatus status) {}
