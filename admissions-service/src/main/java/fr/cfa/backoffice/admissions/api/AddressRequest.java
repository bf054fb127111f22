package fr.cfa.backoffice.admissions.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddressRequest")
public record AddressRequest(@Size(max = 300) @Schema(example = "12 rue des Lilas") String street,
                             @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit postal code") @Schema(example = "93200") String postalCode,
                             @Size(max = 100) @Schema(example = "Saint-Denis") String city) {}
