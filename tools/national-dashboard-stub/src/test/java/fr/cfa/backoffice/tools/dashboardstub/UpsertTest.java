package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored records are unique on (annee_scolaire, id_erp_apprenant): a later valid version replaces the earlier one. */
class UpsertTest extends StubTest {

    @Test
    void upsertKeepsTheLastVersionAndVersionsOfListsEach() {
        post(batch(validRecord("L-1", r -> r.putNull("statut_apprenant"))));
        post(batch(validRecord("L-1", r -> r.put("statut_apprenant", 2))));
        post(batch(validRecord("L-1", r -> r.put("statut_apprenant", 3))));

        assertEquals(1, stub.stored().size());
        assertEquals(3, stub.stored().get("2026-2027|L-1").get("statut_apprenant").asInt());
        List<JsonNode> versions = stub.versionsOf("L-1");
        assertEquals(3, versions.size());
        assertTrue(versions.get(0).get("statut_apprenant").isNull());
        assertEquals(2, versions.get(1).get("statut_apprenant").asInt());
        assertEquals(3, versions.get(2).get("statut_apprenant").asInt());
    }

    @Test
    void anInvalidVersionDoesNotReplaceTheStoredOne() {
        post(batch(validRecord("L-1")));
        post(batch(validRecord("L-1", r -> r.put("code_postal_apprenant", "932"))));

        assertEquals("93200", stub.stored().get("2026-2027|L-1").get("code_postal_apprenant").asText());
        assertEquals(1, stub.versionsOf("L-1").size());
        assertEquals(2, stub.batches().size());
    }

    @Test
    void anotherSchoolYearIsAnotherRecord() {
        post(batch(validRecord("L-1"), validRecord("L-1", r -> r.put("annee_scolaire", "2027-2028"))));

        assertEquals(List.of("2026-2027|L-1", "2027-2028|L-1"), List.copyOf(stub.stored().keySet()));
        assertEquals(2, stub.versionsOf("L-1").size());
    }

    @Test
    void twoVersionsInOneBatchKeepTheLater() {
        post(batch(validRecord("L-1", r -> r.put("nom_apprenant", "Before")), validRecord("L-1", r -> r.put("nom_apprenant", "After"))));

        assertEquals("After", stub.stored().get("2026-2027|L-1").get("nom_apprenant").asText());
        assertEquals(2, stub.versionsOf("L-1").size());
    }

    @Test
    void anUnknownLearnerHasNoVersion() {
        assertTrue(stub.versionsOf("nobody").isEmpty());
    }

    @Test
    void getListsTheStoredRecordsOfOneLearner() {
        post(batch(validRecord("L-1"), validRecord("L-2"), validRecord("L-1", r -> r.put("annee_scolaire", "2027-2028"))));

        Answer one = get(NationalDashboardStub.PATH + "?id_erp_apprenant=L-1", "Bearer " + KEY);
        assertEquals(200, one.status());
        assertEquals(2, one.body().size());
        assertEquals("L-1", one.body().get(0).get("id_erp_apprenant").asText());
        assertEquals(3, get(NationalDashboardStub.PATH, "Bearer " + KEY).body().size());
        assertEquals(0, get(NationalDashboardStub.PATH + "?id_erp_apprenant=L-9", "Bearer " + KEY).body().size());
    }
}
