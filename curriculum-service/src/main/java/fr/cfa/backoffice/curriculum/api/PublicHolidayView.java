package fr.cfa.backoffice.curriculum.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicHoliday", requiredProperties = {"date", "name"})
public record PublicHolidayView(@Schema(example = "2027-03-29") LocalDate date, @Schema(example = "Lundi de Pâques") String name) {}
