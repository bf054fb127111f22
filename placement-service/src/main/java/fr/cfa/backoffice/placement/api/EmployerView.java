package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.Sector;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional contact and address fields are null when not given (always present in the answer). */
@Schema(name = "Employer")
public record EmployerView(@Schema(examples = Examples.EMPLOYER_ID) UUID id,
                           @Schema(examples = "Ville de Saint-Denis") String legalName,
                           @Schema(examples = "21930066000012") String siret,
                           @Schema(examples = "COLLECTIVITE_TERRITORIALE") EmployerKind kind,
                           @Schema(examples = "PUBLIC") Sector sector,
                           @Schema(description = "Where contracts are filed: DDETS (public) or OPCO (private)", examples = "DDETS") Sector.FilingBody filingBody,
                           @Schema(nullable = true, examples = "Uniformation") String opco,
                           @Schema(nullable = true, examples = "2 place Victor Hugo") String street,
                           @Schema(nullable = true, examples = "93200") String postalCode,
                           @Schema(nullable = true, examples = "Saint-Denis") String city,
                           @Schema(nullable = true, examples = "Nadia Benali") String contactName,
                           @Schema(nullable = true, examples = "n.benali@ville-saint-denis.example") String contactEmail,
                           @Schema(nullable = true, examples = "+33 1 49 33 60 00") String contactPhone,
                           @Schema(description = "The employer's part of the CERFA FA13 form; its fields are null until given") EmployerCerfaFields cerfa,
                           @Schema(examples = "2026-11-02T10:15:00+01:00") OffsetDateTime createdAt) {}
