package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;

/**
 * The CERFA FA13 employer type code matches the sector: private employers 11–16, public employers 21–29 (notice of form
 * FA13, n° 10103; OBLIGATIONS.md §2). E.g. 15 association, 22 commune, 25 public hospital.
 */
public final class EmployerTypeCode {
    private EmployerTypeCode() {}

    public static Optional<RuleViolation> check(Sector sector, Integer typeCode) {
        if (typeCode == null) return Optional.empty(); // allowed until a contract is signed
        boolean privateCode = typeCode >= 11 && typeCode <= 16;
        boolean publicCode = typeCode >= 21 && typeCode <= 29;
        if (sector == Sector.PRIVATE && privateCode || sector == Sector.PUBLIC && publicCode) return Optional.empty();
        String expected = sector == Sector.PRIVATE ? "11 to 16" : "21 to 29";
        return Optional.of(new RuleViolation(Reason.EMPLOYER_TYPE_CODE_MISMATCH, "Employer type code " + typeCode + " is not a "
                + sector.name().toLowerCase() + " employer's code: the form's " + sector.name().toLowerCase() + " codes are " + expected));
    }
}
