package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health and identity data is never sent by this CFA: the stub refuses it and counts it, so that tests can assert privacy. */
class PrivacyTest extends StubTest {

    @ParameterizedTest
    @ValueSource(strings = {"rqth_apprenant", "date_rqth_apprenant", "nir_apprenant"})
    void aForbiddenFieldIsRejectedOnItsPathAndCounted(String field) {
        Answer answer = post(batch(validRecord("L-1", r -> r.put(field, "x")), validRecord("L-2")));

        assertEquals(List.of("never sent by this CFA: health/identity data"), answer.errorsOf(field));
        assertEquals("L-1", answer.onlyInvalid().get("id_erp_apprenant").asText());
        assertEquals(1, stub.forbiddenFieldsSeen());
        assertEquals(List.of("2026-2027|L-2"), List.copyOf(stub.stored().keySet()), "the record carrying it is not stored");
    }

    @Test
    void aForbiddenFieldCountsEvenWhenNull() {
        Answer answer = post(batch(validRecord("L-1", r -> {
            r.putNull("rqth_apprenant");
            r.put("date_rqth_apprenant", "2025-01-01");
        })));

        assertEquals(2, answer.onlyInvalid().get("validation_errors").size());
        assertEquals(2, stub.forbiddenFieldsSeen());
        assertTrue(stub.stored().isEmpty());
    }

    @Test
    void aBatchWithoutThemCountsNothing() {
        post(validBatch(10));
        assertEquals(0, stub.forbiddenFieldsSeen());
    }

    @Test
    void resetClearsTheCounter() {
        JsonNode record = validRecord("L-1", r -> r.put("nir_apprenant", "1070375123456"));
        post(batch(record));
        assertEquals(1, stub.forbiddenFieldsSeen());
        stub.reset();
        assertEquals(0, stub.forbiddenFieldsSeen());
    }
}
