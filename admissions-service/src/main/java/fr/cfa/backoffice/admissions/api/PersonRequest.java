package fr.cfa.backoffice.admissions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRequest")
public record PersonRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Imane") String firstName,
        @NotBlank @Size(max = 100) @Schema(example = "Benali") String lastName,
        @NotNull @Past @Schema(example = "1999-04-12") LocalDate birthDate,
        @Email @Size(max = 200) @Schema(example = "imane.benali@example.org") String email,
        @Pattern(regexp = "\\+?[0-9 .-]{6,20}", message = "must be a phone number") @Schema(example = "+33 6 12 34 56 78") String phone,
        @Valid AddressRequest address) {}
