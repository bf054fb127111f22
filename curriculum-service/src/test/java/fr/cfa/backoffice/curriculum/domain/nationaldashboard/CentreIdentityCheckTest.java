package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The centre's identifiers are checked at start: UAI 7 digits and a letter, SIRET 14 digits (OBLIGATIONS.md §1). */
class CentreIdentityCheckTest {
    static NationalDashboardConfig.Centre centre(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("responsibleUai", "0932751K", "trainingUai", "0932751K", "responsibleSiret", "12345678900011",
                "trainingSiret", "12345678900011", "rncp", "RNCP36241", "cfd", Optional.empty(), "shortTitle", "MSADS",
                "siteAddress", "1 rue de l'Exemple, Saint-Denis", "sitePostalCode", "93200"));
        values.putAll(overrides);
        return StateStatusRulesTest.config(NationalDashboardConfig.Centre.class, values);
    }

    @Test
    void valid_identifiers_pass() {
        assertEquals(List.of(), CentreIdentityCheck.faults(centre(Map.of())));
    }

    @Test
    void a_uai_without_its_letter_or_in_lower_case_stops_the_service_naming_the_property() {
        List<String> faults = CentreIdentityCheck.faults(centre(Map.of("responsibleUai", "0932751", "trainingUai", "0932751k")));
        assertEquals(2, faults.size());
        assertTrue(faults.get(0).startsWith("curriculum.national-dashboard.centre.responsible-uai is '0932751', not a UAI"), faults.get(0));
        assertTrue(faults.get(1).startsWith("curriculum.national-dashboard.centre.training-uai"), faults.get(1));
    }

    @Test
    void a_siret_of_13_or_15_digits_stops_the_service() {
        List<String> faults = CentreIdentityCheck.faults(centre(Map.of("responsibleSiret", "1234567890001", "trainingSiret", "123456789000111")));
        assertEquals(2, faults.size());
        assertTrue(faults.get(0).contains("responsible-siret is '1234567890001', not a SIRET: 14 digits"), faults.get(0));
    }

    @Test
    void a_bad_postal_code_rncp_or_cfd_is_named_too() {
        List<String> faults = CentreIdentityCheck.faults(centre(Map.of("sitePostalCode", "932", "rncp", "36241", "cfd", Optional.of("4003"))));
        assertEquals(3, faults.size(), faults.toString());
    }
}
