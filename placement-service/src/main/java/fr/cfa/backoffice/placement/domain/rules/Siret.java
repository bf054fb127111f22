package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;

/**
 * The employer's SIRET is 14 digits with a Luhn checksum over all 14; La Poste (SIREN 356000000) is the known
 * exception: its establishments are valid when their digits add up to a multiple of 5 (INSEE).
 * La Poste's head office, 35600000000048, is the exception to the exception: it keeps a Luhn key (its digit sum is 26).
 */
public final class Siret {
    static final String LA_POSTE_SIREN = "356000000";
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private Siret() {
    }

    /** Removes the spaces people type or paste ("732 829 320 00074"), no-break spaces included; null stays null. */
    public static String normalise(String raw) {
        if (raw == null) return null;
        StringBuilder compact = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    /** Checks a normalised SIRET: spaces are not allowed here, call {@link #normalise(String)} first. */
    public static Optional<RuleViolation> check(String siret) {
        if (siret == null || siret.length() != 14 || !siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new RuleViolation(Reason.SIRET_INVALID, "SIRET must be 14 digits"));
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_HEAD_OFFICE)) {
            int sum = digitSum(siret);
            if (sum % 5 == 0) return Optional.empty();
            return Optional.of(new RuleViolation(Reason.SIRET_INVALID, "SIRET " + siret
                    + " is a La Poste establishment whose digits add up to " + sum + ", not a multiple of 5"));
        }
        if (luhnValid(siret)) return Optional.empty();
        return Optional.of(new RuleViolation(Reason.SIRET_INVALID, "SIRET " + siret + " fails the Luhn checksum"));
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
