package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Private employers' type codes are 11–16, public employers' 21–29 (CERFA FA13). */
class EmployerTypeCodeTest {
    static Optional<Reason> check(Sector sector, Integer code) {
        return EmployerTypeCode.check(sector, code).map(RuleViolation::code);
    }

    @ParameterizedTest(name = "private code {0} is a private employer's")
    @ValueSource(ints = {11, 15, 16})
    void privateCodesAre11To16(int code) {
        assertTrue(check(Sector.PRIVATE, code).isEmpty());
        assertEquals(Optional.of(Reason.EMPLOYER_TYPE_CODE_MISMATCH), check(Sector.PUBLIC, code));
    }

    @ParameterizedTest(name = "public code {0} is a public employer's")
    @ValueSource(ints = {21, 22, 25, 29})
    void publicCodesAre21To29(int code) {
        assertTrue(check(Sector.PUBLIC, code).isEmpty());
        assertEquals(Optional.of(Reason.EMPLOYER_TYPE_CODE_MISMATCH), check(Sector.PRIVATE, code));
    }

    @ParameterizedTest(name = "code {0} is no one's")
    @ValueSource(ints = {10, 17, 20})
    void theCodesBetweenAreNoOnes(int code) {
        assertEquals(Optional.of(Reason.EMPLOYER_TYPE_CODE_MISMATCH), check(Sector.PRIVATE, code));
        assertEquals(Optional.of(Reason.EMPLOYER_TYPE_CODE_MISMATCH), check(Sector.PUBLIC, code));
    }

    @Test
    void noCodeYetIsAllowedUntilSigning() {
        assertTrue(check(Sector.PUBLIC, null).isEmpty());
    }
}
