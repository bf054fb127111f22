package fr.cfa.backoffice.admissions.domain.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A level of the national qualifications framework (levels 1–8, décret 2019-14), read from either
 * today's number or the former "niveau" (V = CAP/BEP = 3, IV = bac = 4, III = 5, II = 6, I = 7).
 */
public enum QualificationLevel {
    LEVEL_1(1), LEVEL_2(2), LEVEL_3(3), LEVEL_4(4), LEVEL_5(5), LEVEL_6(6), LEVEL_7(7), LEVEL_8(8);

    private final int rank;

    QualificationLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean atLeast(QualificationLevel other) {
        return rank >= other.rank;
    }

    /** Serialised as today's number, e.g. {@code "3"}. */
    @JsonValue
    public String code() {
        return String.valueOf(rank);
    }

    /** Accepts "3", 3, "LEVEL_3", "V", "niveau V", "NIVEAU_V" (and I…VI for the former levels). */
    @JsonCreator
    public static QualificationLevel parse(String value) {
        if (value == null) return null;
        String v = value.trim().toUpperCase(Locale.ROOT).replace("NIVEAU", "").replace("LEVEL", "").replace('_', ' ').trim();
        int rank = switch (v) {
            case "1" -> 1;
            case "2", "VI", "V BIS" -> 2;
            case "3", "V" -> 3;
            case "4", "IV" -> 4;
            case "5", "III" -> 5;
            case "6", "II" -> 6;
            case "7", "I" -> 7;
            case "8" -> 8;
            default -> throw new IllegalArgumentException("unknown qualification level '" + value
                    + "': use 1 to 8, or the former V, IV, III, II, I");
        };
        return values()[rank - 1];
    }
}
