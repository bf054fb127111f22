package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordValidationTest extends StubTest {

    @Test
    void aValidRecordIsStoredAndAnswersNoData() {
        Answer answer = post(batch(validRecord("L-1")));

        assertEquals(200, answer.status(), () -> answer.response().body());
        assertEquals("OK", answer.body().get("status").asText());
        assertEquals("Queued", answer.body().get("message").asText());
        assertEquals(0, answer.data().size());
        assertEquals("Martin", stub.stored().get("2026-2027|L-1").get("nom_apprenant").asText());
    }

    @Test
    void onlyTheRequiredFieldsAreEnough() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.retain("nom_apprenant", "prenom_apprenant", "date_de_naissance_apprenant", "annee_scolaire", "id_erp_apprenant",
                    "date_inscription_formation", "date_entree_formation", "date_fin_formation",
                    "etablissement_responsable_uai", "etablissement_formateur_uai",
                    "etablissement_responsable_siret", "etablissement_formateur_siret",
                    "statut_apprenant", "date_metier_mise_a_jour_statut", "duree_theorique_formation",
                    "duree_theorique_formation_mois");
        })));
        assertEquals(0, answer.data().size(), () -> answer.data().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nom_apprenant", "prenom_apprenant", "date_de_naissance_apprenant", "annee_scolaire",
            "id_erp_apprenant", "date_inscription_formation", "date_entree_formation", "date_fin_formation",
            "etablissement_responsable_uai", "etablissement_formateur_uai", "etablissement_responsable_siret",
            "etablissement_formateur_siret"})
    void aMissingRequiredFieldComesBackWithItsPath(String field) {
        Answer answer = post(batch(validRecord("L-1"), validRecord("L-2", r -> r.remove(field)), validRecord("L-3")));

        JsonNode invalid = answer.onlyInvalid();
        assertEquals(1, invalid.get("index").asInt());
        assertEquals(List.of("\"" + field + "\" is required"), answer.errorsOf(field));
        assertEquals(1, invalid.get("validation_errors").size());
        if (!field.equals("id_erp_apprenant")) {
            assertEquals("L-2", invalid.get("id_erp_apprenant").asText());
        }
        if (!field.equals("annee_scolaire")) {
            assertEquals("2026-2027", invalid.get("annee_scolaire").asText());
        }
        assertEquals(List.of("2026-2027|L-1", "2026-2027|L-3"), List.copyOf(stub.stored().keySet()), "the valid ones only");
        assertEquals(3, stub.batches().get(0).size());
        assertEquals(1, stub.batches().get(0).invalid().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nom_apprenant", "date_fin_formation", "etablissement_formateur_uai"})
    void aRequiredFieldMustNotBeNull(String field) {
        Answer answer = post(batch(validRecord("L-1", r -> r.putNull(field))));
        assertEquals(List.of("\"" + field + "\" must not be null"), answer.errorsOf(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nom_apprenant", "prenom_apprenant", "id_erp_apprenant"})
    void aRequiredStringMustNotBeBlank(String field) {
        Answer answer = post(batch(validRecord("L-1", r -> r.put(field, "  "))));
        assertEquals(List.of("\"" + field + "\" must not be blank"), answer.errorsOf(field));
        assertTrue(answer.onlyInvalid().get("id_erp_apprenant").isTextual(), "the id as sent, blank or not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statut_apprenant", "date_metier_mise_a_jour_statut", "duree_theorique_formation",
            "duree_theorique_formation_mois"})
    void aNullableRequiredKeyAbsentIsAnErrorButNullIsFine(String field) {
        Answer absent = post(batch(validRecord("L-1", r -> r.remove(field))));
        assertEquals(List.of("\"" + field + "\" is required"), absent.errorsOf(field));

        Answer nullValue = post(batch(validRecord("L-2", r -> r.putNull(field))));
        assertEquals(0, nullValue.data().size(), () -> nullValue.data().toString());
        assertTrue(stub.stored().containsKey("2026-2027|L-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0932751k", "932751K", "09327511K", "0932751", "0932751KK", "A932751K", " 0932751K"})
    void aUaiIsSevenDigitsThenAnUpperCaseLetter(String uai) {
        Answer answer = post(batch(validRecord("L-1", r -> r.put("etablissement_responsable_uai", uai))));
        assertEquals(List.of("\"etablissement_responsable_uai\" must be a UAI: 7 digits then an upper-case letter"),
                answer.errorsOf("etablissement_responsable_uai"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1300252650001", "130025265000131", "1300252650001A", "130 025 265 00013"})
    void aSiretIsFourteenDigits(String siret) {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.put("etablissement_formateur_siret", siret);
            r.put("siret_employeur", siret);
        })));
        assertEquals(List.of("\"etablissement_formateur_siret\" must be 14 digits"), answer.errorsOf("etablissement_formateur_siret"));
        assertEquals(List.of("\"siret_employeur\" must be 14 digits"), answer.errorsOf("siret_employeur"));
    }

    @Test
    void aSiretSentAsANumberIsRefused() {
        Answer answer = post(batch(validRecord("L-1", r -> r.put("etablissement_formateur_siret", 13002526500013L))));
        assertEquals(1, answer.errorsOf("etablissement_formateur_siret").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9320", "932000", "9320A", "93 200"})
    void aPostalCodeIsFiveDigits(String postalCode) {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.put("code_postal_apprenant", postalCode);
            r.put("etablissement_lieu_de_formation_code_postal", postalCode);
        })));
        assertEquals(List.of("\"code_postal_apprenant\" must be 5 digits"), answer.errorsOf("code_postal_apprenant"));
        assertEquals(1, answer.errorsOf("etablissement_lieu_de_formation_code_postal").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2028", "2027-2026", "2026/2027", "26-27", "2026", "2026-2027 "})
    void aSchoolYearIsTwoConsecutiveYearsOrTwiceTheSame(String schoolYear) {
        Answer answer = post(batch(validRecord("L-1", r -> r.put("annee_scolaire", schoolYear))));
        assertEquals(List.of("\"annee_scolaire\" must be two consecutive years or twice the same year (e.g. \"2026-2027\")"),
                answer.errorsOf("annee_scolaire"));
        assertEquals(schoolYear, answer.onlyInvalid().get("annee_scolaire").asText(), "the school year as sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2026", "2026-2027"})
    void aSchoolYearOfOneOrTwoCalendarYearsIsFine(String schoolYear) {
        assertEquals(0, post(batch(validRecord("L-1", r -> r.put("annee_scolaire", schoolYear)))).data().size());
        assertTrue(stub.stored().containsKey(schoolYear + "|L-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "01/09/2026", "2026-9-1", "2026-09-01T00:00:00Z", "20260901"})
    void aDateIsAnIsoDate(String date) {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.put("date_entree_formation", date);
            r.put("contrat_date_debut_2", date);
        })));
        assertEquals(List.of("\"date_entree_formation\" must be an ISO date (yyyy-MM-dd)"), answer.errorsOf("date_entree_formation"));
        assertEquals(1, answer.errorsOf("contrat_date_debut_2").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-01T08:30:00", "2026-09-01", "2026-09-01 08:30:00+02:00"})
    void theStatusDateIsADateTimeWithOffset(String dateTime) {
        Answer answer = post(batch(validRecord("L-1", r -> r.put("date_metier_mise_a_jour_statut", dateTime))));
        assertEquals(1, answer.errorsOf("date_metier_mise_a_jour_statut").size());
        assertEquals(0, post(batch(validRecord("L-2", r -> r.put("date_metier_mise_a_jour_statut", "2026-09-01T06:30:00.125Z"))))
                .data().size());
    }

    @Test
    void numbersAreInTheirRanges() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.put("statut_apprenant", 1);
            r.put("duree_theorique_formation", 5);
            r.put("duree_theorique_formation_mois", 49);
            r.put("annee_formation", 6);
        })));
        assertEquals(List.of("\"statut_apprenant\" must be one of 0, 2, 3"), answer.errorsOf("statut_apprenant"));
        assertEquals(List.of("\"duree_theorique_formation\" must be an integer from 1 to 4"), answer.errorsOf("duree_theorique_formation"));
        assertEquals(List.of("\"duree_theorique_formation_mois\" must be an integer from 1 to 48"),
                answer.errorsOf("duree_theorique_formation_mois"));
        assertEquals(List.of("\"annee_formation\" must be an integer from 0 to 5"), answer.errorsOf("annee_formation"));

        Answer notIntegers = post(batch(validRecord("L-2", r -> {
            r.put("statut_apprenant", "2");
            r.put("duree_theorique_formation", 2.5);
        })));
        assertEquals(2, notIntegers.onlyInvalid().get("validation_errors").size());
    }

    @Test
    void optionalFieldsAreCheckedWhenPresent() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.put("email_contact", "lea.martin.example.org");
            r.put("formation_rncp", "35316");
            r.put("formation_cfd", "3203121");
            r.put("obtention_diplome_formation", "yes");
            r.put("date_obtention_diplome_formation", "2028-13-01");
            r.put("cause_rupture_contrat_3", 12);
        })));
        for (String field : List.of("email_contact", "formation_rncp", "formation_cfd", "obtention_diplome_formation",
                "date_obtention_diplome_formation", "cause_rupture_contrat_3")) {
            assertEquals(1, answer.errorsOf(field).size(), field);
        }
    }

    @Test
    void optionalFieldsMayBeNullOrAbsent() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.putNull("email_contact");
            r.putNull("code_postal_apprenant");
            r.putNull("contrat_date_rupture_4");
            r.putNull("siret_employeur_2");
            r.remove("formation_rncp");
        })));
        assertEquals(0, answer.data().size(), () -> answer.data().toString());
    }

    @Test
    void theFourContractsAreKnownFields() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            for (String suffix : List.of("", "_2", "_3", "_4")) {
                r.put("contrat_date_debut" + suffix, "2026-09-01");
                r.put("contrat_date_fin" + suffix, "2027-08-31");
                r.put("contrat_date_rupture" + suffix, "2027-01-15");
                r.put("cause_rupture_contrat" + suffix, "résiliation amiable");
                r.put("siret_employeur" + suffix, "55203253400646");
            }
            r.put("date_exclusion_formation", "2027-02-01");
            r.put("cause_exclusion_formation", "absences");
            r.put("etablissement_lieu_de_formation_adresse", "1 rue de la Paix, Saint-Denis");
            r.put("etablissement_lieu_de_formation_code_postal", "93200");
            r.put("tel_apprenant", "+33612345678");
            r.put("adresse_apprenant", "2 avenue de France");
            r.put("libelle_court_formation", "BTS MCO");
        })));
        assertEquals(0, answer.data().size(), () -> answer.data().toString());
    }

    @Test
    void anUnknownFieldIsAnError() {
        Answer answer = post(batch(validRecord("L-1", r -> r.put("code_postale_apprenant", "93200"))));
        assertEquals(List.of("unknown field"), answer.errorsOf("code_postale_apprenant"));
        assertEquals(1, answer.onlyInvalid().get("validation_errors").size());
        assertTrue(stub.stored().isEmpty());
    }

    @Test
    void everyErrorOfOneRecordIsListed() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.remove("nom_apprenant");
            r.put("code_postal_apprenant", "932");
            r.put("etablissement_formateur_uai", "0932751k");
            r.remove("statut_apprenant");
            r.put("rqth_apprenant", true);
        })));

        List<String> paths = new ArrayList<>();
        for (JsonNode error : answer.onlyInvalid().get("validation_errors")) {
            assertFalse(error.get("message").asText().isBlank());
            paths.add(error.get("path").get(0).asText());
        }
        assertEquals(5, paths.size(), paths::toString);
        assertTrue(paths.containsAll(List.of("nom_apprenant", "code_postal_apprenant", "etablissement_formateur_uai",
                "statut_apprenant", "rqth_apprenant")), paths::toString);
    }

    @Test
    void theIndexIsThePositionInTheBatch() {
        Answer answer = post(batch(validRecord("L-0"), validRecord("L-1", r -> r.remove("nom_apprenant")), validRecord("L-2"),
                validRecord("L-3", r -> r.put("formation_cfd", "x"))));

        assertEquals(2, answer.data().size());
        assertEquals(1, answer.data().get(0).get("index").asInt());
        assertEquals("L-1", answer.data().get(0).get("id_erp_apprenant").asText());
        assertEquals(3, answer.data().get(1).get("index").asInt());
        assertEquals("L-3", answer.data().get(1).get("id_erp_apprenant").asText());
        assertEquals(2, stub.stored().size());
    }
}
