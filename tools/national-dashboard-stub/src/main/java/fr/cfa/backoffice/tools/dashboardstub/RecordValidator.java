package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The State's rules for one learner's record (dashboard API v3), as this stub applies them. Stateless and thread-safe:
 * the rules and their patterns are built once.
 *
 * <p>A field is one of: required (present and not null), required but nullable (the key present, the value may be
 * null), optional (checked when present and not null), forbidden (health and identity data this CFA never sends),
 * or unknown (any other name: an error, so that a misspelt field is caught). Every problem of a record is reported.
 */
final class RecordValidator {

    static final Set<String> FORBIDDEN_FIELDS = Set.of("rqth_apprenant", "date_rqth_apprenant", "nir_apprenant");
    static final String FORBIDDEN_MESSAGE = "never sent by this CFA: health/identity data";
    static final String UNKNOWN_MESSAGE = "unknown field";

    /** One problem: {@code field} is the path's only element, or null for the record itself (not an object). */
    record Violation(String field, String message) {
    }

    /** What was wrong with one record, and how many forbidden fields it carried. */
    record Result(List<Violation> violations, int forbiddenFields) {
        boolean valid() {
            return violations.isEmpty();
        }
    }

    private enum Presence { REQUIRED, REQUIRED_NULLABLE, OPTIONAL }

    /** Checks a present, non-null value; answers the message of the problem, or null when the value is fine. */
    @FunctionalInterface
    private interface Check {
        String problem(String field, JsonNode value);
    }

    private record Rule(Presence presence, Check check) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern RNCP = Pattern.compile("RNCP\\d+");
    private static final Pattern CFD = Pattern.compile("[A-Za-z0-9]{8}");

    private static final Map<String, Rule> RULES = rules();

    private RecordValidator() {
    }

    /** The names of every field the State accepts (required, nullable or optional), in the order of its documentation. */
    static Set<String> knownFields() {
        return Collections.unmodifiableSet(RULES.keySet());
    }

    static Result validate(JsonNode record) {
        if (record == null || !record.isObject()) {
            return new Result(List.of(new Violation(null, "a record must be a JSON object")), 0);
        }
        List<Violation> violations = new ArrayList<>(0);
        int forbidden = 0;
        for (Map.Entry<String, JsonNode> entry : record.properties()) {
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            Rule rule = RULES.get(field);
            if (rule == null) {
                if (FORBIDDEN_FIELDS.contains(field)) {
                    forbidden++;
                    violations.add(new Violation(field, FORBIDDEN_MESSAGE));
                } else {
                    violations.add(new Violation(field, UNKNOWN_MESSAGE));
                }
            } else if (value.isNull()) {
                if (rule.presence() == Presence.REQUIRED) {
                    violations.add(new Violation(field, quoted(field) + " must not be null"));
                }
            } else {
                String problem = rule.check().problem(field, value);
                if (problem != null) {
                    violations.add(new Violation(field, problem));
                }
            }
        }
        for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
            if (entry.getValue().presence() != Presence.OPTIONAL && !record.has(entry.getKey())) {
                violations.add(new Violation(entry.getKey(), quoted(entry.getKey()) + " is required"));
            }
        }
        return new Result(violations, forbidden);
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // Required, not null
        required(rules, "nom_apprenant", RecordValidator::nonBlank);
        required(rules, "prenom_apprenant", RecordValidator::nonBlank);
        required(rules, "date_de_naissance_apprenant", RecordValidator::isoDate);
        required(rules, "annee_scolaire", RecordValidator::schoolYear);
        required(rules, "id_erp_apprenant", RecordValidator::nonBlank);
        required(rules, "date_inscription_formation", RecordValidator::isoDate);
        required(rules, "date_entree_formation", RecordValidator::isoDate);
        required(rules, "date_fin_formation", RecordValidator::isoDate);
        required(rules, "etablissement_responsable_uai", RecordValidator::uai);
        required(rules, "etablissement_formateur_uai", RecordValidator::uai);
        required(rules, "etablissement_responsable_siret", RecordValidator::siret);
        required(rules, "etablissement_formateur_siret", RecordValidator::siret);
        // Required, nullable: the key must be there
        rules.put("statut_apprenant", new Rule(Presence.REQUIRED_NULLABLE, RecordValidator::learnerStatus));
        rules.put("date_metier_mise_a_jour_statut", new Rule(Presence.REQUIRED_NULLABLE, RecordValidator::offsetDateTime));
        rules.put("duree_theorique_formation", new Rule(Presence.REQUIRED_NULLABLE, integerBetween(1, 4)));
        rules.put("duree_theorique_formation_mois", new Rule(Presence.REQUIRED_NULLABLE, integerBetween(1, 48)));
        // Optional
        optional(rules, "email_contact", RecordValidator::email);
        optional(rules, "tel_apprenant", RecordValidator::nonBlank);
        optional(rules, "adresse_apprenant", RecordValidator::nonBlank);
        optional(rules, "code_postal_apprenant", RecordValidator::postalCode);
        optional(rules, "formation_rncp", RecordValidator::rncp);
        optional(rules, "formation_cfd", RecordValidator::cfd);
        optional(rules, "libelle_court_formation", RecordValidator::nonBlank);
        optional(rules, "annee_formation", integerBetween(0, 5));
        for (String suffix : new String[] {"", "_2", "_3", "_4"}) {
            optional(rules, "contrat_date_debut" + suffix, RecordValidator::isoDate);
            optional(rules, "contrat_date_fin" + suffix, RecordValidator::isoDate);
            optional(rules, "contrat_date_rupture" + suffix, RecordValidator::isoDate);
            optional(rules, "cause_rupture_contrat" + suffix, RecordValidator::nonBlank);
            optional(rules, "siret_employeur" + suffix, RecordValidator::siret);
        }
        optional(rules, "date_exclusion_formation", RecordValidator::isoDate);
        optional(rules, "cause_exclusion_formation", RecordValidator::nonBlank);
        optional(rules, "obtention_diplome_formation", RecordValidator::bool);
        optional(rules, "date_obtention_diplome_formation", RecordValidator::isoDate);
        optional(rules, "etablissement_lieu_de_formation_adresse", RecordValidator::nonBlank);
        optional(rules, "etablissement_lieu_de_formation_code_postal", RecordValidator::postalCode);
        return Collections.unmodifiableMap(rules);
    }

    private static void required(Map<String, Rule> rules, String field, Check check) {
        rules.put(field, new Rule(Presence.REQUIRED, check));
    }

    private static void optional(Map<String, Rule> rules, String field, Check check) {
        rules.put(field, new Rule(Presence.OPTIONAL, check));
    }

    // --- checks (value present and not null) -----------------------------------------------------------------------

    private static String nonBlank(String field, JsonNode value) {
        if (!value.isTextual()) {
            return quoted(field) + " must be a string";
        }
        return value.textValue().isBlank() ? quoted(field) + " must not be blank" : null;
    }

    private static String isoDate(String field, JsonNode value) {
        String message = quoted(field) + " must be an ISO date (yyyy-MM-dd)";
        if (!value.isTextual() || !ISO_DATE.matcher(value.textValue()).matches()) {
            return message;
        }
        try {
            LocalDate.parse(value.textValue());
            return null;
        } catch (DateTimeParseException e) {
            return message;
        }
    }

    private static String offsetDateTime(String field, JsonNode value) {
        String message = quoted(field) + " must be an ISO-8601 date-time with offset (e.g. 2026-09-01T08:30:00+02:00)";
        if (!value.isTextual()) {
            return message;
        }
        try {
            OffsetDateTime.parse(value.textValue());
            return null;
        } catch (DateTimeParseException e) {
            return message;
        }
    }

    private static String schoolYear(String field, JsonNode value) {
        String message = quoted(field) + " must be two consecutive years or twice the same year (e.g. \"2026-2027\")";
        if (!value.isTextual()) {
            return message;
        }
        Matcher m = SCHOOL_YEAR.matcher(value.textValue());
        if (!m.matches()) {
            return message;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return second == first || second == first + 1 ? null : message;
    }

    private static String uai(String field, JsonNode value) {
        return matches(value, UAI) ? null : quoted(field) + " must be a UAI: 7 digits then an upper-case letter";
    }

    private static String siret(String field, JsonNode value) {
        return matches(value, SIRET) ? null : quoted(field) + " must be 14 digits";
    }

    private static String postalCode(String field, JsonNode value) {
        return matches(value, POSTAL_CODE) ? null : quoted(field) + " must be 5 digits";
    }

    private static String rncp(String field, JsonNode value) {
        return matches(value, RNCP) ? null : quoted(field) + " must be RNCP followed by digits";
    }

    private static String cfd(String field, JsonNode value) {
        return matches(value, CFD) ? null : quoted(field) + " must be 8 letters or digits";
    }

    private static String email(String field, JsonNode value) {
        if (!value.isTextual()) {
            return quoted(field) + " must be a string";
        }
        String text = value.textValue();
        int at = text.indexOf('@');
        return at > 0 && at < text.length() - 1 ? null : quoted(field) + " must be an email address";
    }

    private static String learnerStatus(String field, JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            int status = value.intValue();
            if (status == 0 || status == 2 || status == 3) {
                return null;
            }
        }
        return quoted(field) + " must be one of 0, 2, 3";
    }

    private static Check integerBetween(int min, int max) {
        return (field, value) -> value.isIntegralNumber() && value.canConvertToInt()
                && value.intValue() >= min && value.intValue() <= max
                ? null
                : quoted(field) + " must be an integer from " + min + " to " + max;
    }

    private static String bool(String field, JsonNode value) {
        return value.isBoolean() ? null : quoted(field) + " must be a boolean";
    }

    private static boolean matches(JsonNode value, Pattern pattern) {
        return value.isTextual() && pattern.matcher(value.textValue()).matches();
    }

    private static String quoted(String field) {
        return '"' + field + '"';
    }
}
