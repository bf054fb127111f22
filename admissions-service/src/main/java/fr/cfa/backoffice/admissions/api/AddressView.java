package fr.cfa.backoffice.admissions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Address", description = "At least one of the three is set", requiredProperties = {"street", "postalCode", "city"})
public record AddressView(@Schema(nullable = true, example = "12 rue des Lilas") String street,
                          @Schema(nullable = true, example = "93200") String postalCode,
                          @Schema(nullable = true, example = "Saint-Denis") String city) {}
