package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiretTest {
    static final Optional<Reason> INVALID = Optional.of(Reason.SIRET_INVALID);

    static Optional<Reason> check(String siret) {
        return Siret.check(siret).map(RuleViolation::code);
    }

    @Test
    void fourteen_digits_with_a_valid_luhn_key_are_valid() {
        assertEquals(Optional.empty(), check("73282932000074"));
        assertEquals(Optional.empty(), check("44306184100047"));
        assertEquals(Optional.empty(), check("55208131766522"));
        assertEquals(Optional.empty(), check("54205118000066"));
    }

    @Test
    void changing_the_last_digit_breaks_the_luhn_key() {
        assertEquals(INVALID, check("73282932000075"));
        assertEquals(INVALID, check("73282932000079"));
        assertEquals(INVALID, check("44306184100048"));
        assertEquals("SIRET 73282932000075 fails the Luhn checksum", Siret.check("73282932000075").orElseThrow().message());
    }

    @Test
    void thirteen_and_fifteen_digits_are_invalid() {
        assertEquals(INVALID, check("7328293200007"));
        assertEquals(INVALID, check("732829320000740"));
        assertEquals("SIRET must be 14 digits", Siret.check("7328293200007").orElseThrow().message());
    }

    @Test
    void letters_spaces_blank_and_null_are_invalid() {
        assertEquals(INVALID, check("7328293200007A"));
        assertEquals(INVALID, check("ABCDEFGHIJKLMN"));
        assertEquals(INVALID, check("732 829 320 00074"));
        assertEquals(INVALID, check("+7328293200074"));
        assertEquals(INVALID, check(""));
        assertEquals(INVALID, check(null));
    }

    @Test
    void digits_of_other_scripts_are_invalid() {
        assertEquals(INVALID, check("\u06673282932000074"));
    }

    @Test
    void la_poste_head_office_is_valid() {
        assertEquals(Optional.empty(), check("35600000000048"));
    }

    @Test
    void la_poste_establishment_with_a_digit_sum_multiple_of_5_is_valid_without_a_luhn_key() {
        // 3+5+6+5+6 = 25; its Luhn key is wrong, which does not matter for La Poste.
        assertEquals(Optional.empty(), check("35600000000056"));
        assertEquals(Optional.empty(), check("35600000000001"));
        assertTrue(!Siret.luhnValid("35600000000056") && !Siret.luhnValid("35600000000001"));
    }

    @Test
    void la_poste_establishment_with_a_digit_sum_not_multiple_of_5_is_invalid() {
        // 3+5+6+4+9 = 27
        assertEquals(INVALID, check("35600000000049"));
        assertTrue(Siret.check("35600000000049").orElseThrow().message().contains("27"));
    }

    @Test
    void la_poste_establishment_is_invalid_even_with_a_luhn_key_when_its_digit_sum_is_not_a_multiple_of_5() {
        // 3+5+6+1+4 = 19, yet the Luhn key is right: Luhn does not apply to La Poste, except its head office.
        assertTrue(Siret.luhnValid("35600000000014"));
        assertEquals(INVALID, check("35600000000014"));
    }

    @Test
    void the_la_poste_exception_needs_the_whole_siren() {
        // SIREN 356000001 is not La Poste: the Luhn rule applies, and a digit sum of 25 is not enough.
        assertEquals(25, Siret.digitSum("35600000100055"));
        assertEquals(INVALID, check("35600000100055"));
    }

    @Test
    void normalise_removes_spaces_of_every_kind() {
        assertEquals("73282932000074", Siret.normalise("732 829 320 00074"));
        assertEquals("73282932000074", Siret.normalise(" 732\u00A0829\u202F320 00074\t"));
        assertEquals(Optional.empty(), Siret.check(Siret.normalise("356 000 000 00048")));
        assertEquals("7328-29320", Siret.normalise("7328-29320"));
        assertNull(Siret.normalise(null));
    }
}
