package fr.cfa.backoffice.placement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The employer's part of the CERFA FA13 form. Each may be null until a contract is signed, which requires them all. */
@Schema(name = "EmployerCerfaFields", description = "The employer's part of the CERFA FA13 apprenticeship contract form (n° 10103)")
public record EmployerCerfaFields(
        @Min(11) @Max(29) @Schema(nullable = true, description = "Employer type: private 11–16 (e.g. 15 association), public 21–29 (e.g. 22 commune, 25 public "
                + "hospital); must match the sector (422 employer-type-code-mismatch)", examples = "22") Integer typeCode,
        @Min(0) @Max(4) @Schema(nullable = true, description = "Specific employer: 0 none, 1 temporary work agency, 2 employers' group, 3 seasonal, 4 family employer",
                examples = "0") Integer specificEmployerCode,
        @Pattern(regexp = "\\d{2}\\.\\d{2}[A-Z]", message = "must be a NAF code such as 84.11Z")
        @Schema(nullable = true, description = "NAF (APE) code of the establishment", examples = "84.11Z") String nafCode,
        @Min(0) @Max(1_000_000) @Schema(nullable = true, description = "Staff of the employer (decides the employer aid's amount)", examples = "1450") Integer headcount,
        @Pattern(regexp = "\\d{4}", message = "must be 4 digits: the collective agreement's IDCC, 9999 none, 9998 under negotiation")
        @Schema(nullable = true, description = "Collective agreement (IDCC): 4 digits, 9999 none (e.g. a commune), 9998 under negotiation; it decides the SMC "
                + "(the agreement's minimum pay) used from 21", examples = "9999") String idcc) {}
