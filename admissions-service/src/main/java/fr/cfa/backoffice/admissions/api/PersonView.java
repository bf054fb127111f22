package fr.cfa.backoffice.admissions.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", requiredProperties = {"firstName", "lastName", "birthDate", "email", "phone", "address"})
public record PersonView(@Schema(example = "Imane") String firstName,
                         @Schema(example = "Benali") String lastName,
                         @Schema(example = "1999-04-12") LocalDate birthDate,
                         @Schema(nullable = true, example = "imane.benali@example.org") String email,
                         @Schema(nullable = true, example = "+33 6 12 34 56 78") String phone,
                         @Schema(nullable = true) AddressView address) {}
