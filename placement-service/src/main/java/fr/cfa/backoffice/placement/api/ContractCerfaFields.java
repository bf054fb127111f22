package fr.cfa.backoffice.placement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's own part of the CERFA FA13 form. A draft may lack any of them; signing requires those the form
 * requires (422 contract-form-incomplete names the missing ones).
 */
@Schema(name = "ContractCerfaFields", description = "The contract's part of the CERFA FA13 form (n° 10103): codes as the form's notice gives them")
public record ContractCerfaFields(
        @Min(1) @Max(4) @Schema(nullable = true, description = "Contract mode: 1 fixed term, 2 permanent (CDI), 3 temporary agency, 4 seasonal",
                examples = "1") Integer mode,
        @Min(11) @Max(38) @Schema(nullable = true, description = "Contract type: 11 first contract with this employer, 21–23 a following one, 31–38 an "
                + "amendment", examples = "11") Integer type,
        @Pattern(regexp = "\\d{1,2}", message = "must be the form's derogation code (1 or 2 digits)")
        @Schema(nullable = true, description = "Derogation code, if any (e.g. age or reduced duration); null for none") String derogationCode,
        @Size(max = 40) @Schema(nullable = true, description = "The previous contract's number (DECA), required for a following contract or an amendment")
                String previousContractNumber,
        @Schema(nullable = true, description = "Start of the practical training at the employer (on or after the contract's start)",
                examples = "2027-01-11") LocalDate practicalTrainingStartDate,
        @Schema(nullable = true, description = "Date the three parties signed; today at the latest", examples = "2026-12-15") LocalDate signatureDate,
        @Schema(nullable = true, description = "The apprentice is assigned to hazardous work (travaux dangereux)", examples = "false") Boolean hazardousWork,
        @Schema(nullable = true, description = "The second maître d'apprentissage, a tutor of the same employer, if any") UUID secondTutorId,
        @Pattern(regexp = "\\d{1,2}", message = "must be the form's code (1 or 2 digits)")
        @Schema(nullable = true, description = "The apprentice's situation before the contract (form's code, e.g. 2 job seeker... see the notice)",
                examples = "4") String situationBefore,
        @Pattern(regexp = "\\d{1,2}", message = "must be the form's code (1 or 2 digits)")
        @Schema(nullable = true, description = "Last diploma or class prepared (form's code)", examples = "41") String lastDiplomaOrClass,
        @Pattern(regexp = "\\d{1,2}", message = "must be the form's code (1 or 2 digits)")
        @Schema(nullable = true, description = "Highest diploma obtained (form's code)", examples = "43") String highestDiploma) {

    /** These fields, each replaced by {@code other}'s when that one is given. */
    public ContractCerfaFields overriddenBy(ContractCerfaFields other) {
        if (other == null) return this;
        return new ContractCerfaFields(or(other.mode, mode), or(other.type, type), or(other.derogationCode, derogationCode),
                or(other.previousContractNumber, previousContractNumber), or(other.practicalTrainingStartDate, practicalTrainingStartDate),
                or(other.signatureDate, signatureDate), or(other.hazardousWork, hazardousWork), or(other.secondTutorId, secondTutorId),
                or(other.situationBefore, situationBefore), or(other.lastDiplomaOrClass, lastDiplomaOrClass), or(other.highestDiploma, highestDiploma));
    }

    public static ContractCerfaFields empty() {
        return new ContractCerfaFields(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> T or(T given, T kept) {
        return given != null ? given : kept;
    }
}
