package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmployerRequest")
public record EmployerRequest(@NotBlank @Size(max = 300) @Schema(examples = "Ville de Saint-Denis") String legalName,
                              @NotBlank @Schema(description = "14 digits, Luhn checksum (La Poste's SIREN 356000000 excepted)", examples = "21930066000012") String siret,
                              @NotNull @Schema(examples = "COLLECTIVITE_TERRITORIALE") EmployerKind kind,
                              @NotNull @Schema(description = "PUBLIC employers file contracts with the DDETS, PRIVATE ones with their OPCO", examples = "PUBLIC") Sector sector,
                              @Size(max = 100) @Schema(description = "The OPCO of a private employer", examples = "Uniformation") String opco,
                              @Size(max = 300) @Schema(examples = "2 place Victor Hugo") String street,
                              @Size(max = 10) @Schema(examples = "93200") String postalCode,
                              @Size(max = 100) @Schema(examples = "Saint-Denis") String city,
                              @Size(max = 200) @Schema(examples = "Nadia Benali") String contactName,
                              @Email @Size(max = 200) @Schema(examples = "n.benali@ville-saint-denis.example") String contactEmail,
                              @Size(max = 40) @Schema(examples = "+33 1 49 33 60 00") String contactPhone,
                              @Valid @Schema(nullable = true, description = "The employer's part of the CERFA FA13 form; may be given later "
                                      + "(PUT /employers/{id}/cerfa), and is required to sign a contract") EmployerCerfaFields cerfa) {}
