package fr.cfa.backoffice.tools.dashboardstub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchLimitTest extends StubTest {

    @Test
    void moreThan2000RecordsAreRefused() {
        Answer answer = post(validBatch(2001));

        assertEquals(400, answer.status());
        assertEquals("ERROR", answer.body().get("status").asText());
        assertEquals("At most 2000 records per request", answer.body().get("message").asText());
        assertTrue(stub.batches().isEmpty());
        assertTrue(stub.stored().isEmpty());
        assertEquals(1, stub.requests());
    }

    /** Also the efficiency check: 2 000 records are validated at once (no timing asserted). */
    @Test
    void exactly2000RecordsAreAccepted() {
        Answer answer = post(validBatch(2000));

        assertEquals(200, answer.status(), () -> answer.response().body());
        assertEquals("OK", answer.body().get("status").asText());
        assertEquals("Queued", answer.body().get("message").asText());
        assertEquals(0, answer.data().size());
        assertEquals(1, stub.batches().size());
        assertEquals(2000, stub.batches().get(0).size());
        assertEquals(2000, stub.batches().get(0).records().size());
        assertTrue(stub.batches().get(0).invalid().isEmpty());
        assertEquals(2000, stub.stored().size());
    }

    @Test
    void anEmptyArrayIsAnsweredOk() {
        Answer answer = post(JSON.createArrayNode());
        assertEquals(200, answer.status());
        assertEquals(0, answer.data().size());
        assertEquals(0, stub.batches().get(0).size());
    }

    @Test
    void aBodyThatIsNotAJsonArrayIs400() {
        for (Object body : new Object[] {validRecord("L-1"), "not json", "", "[{\"a\":1}] trailing", "{\"records\":[]}"}) {
            Answer answer = post(body);
            assertEquals(400, answer.status(), () -> "body " + body);
            assertEquals("ERROR", answer.body().get("status").asText());
        }
        assertTrue(stub.batches().isEmpty());
    }

    @Test
    void theContentTypeMustBeJson() {
        assertEquals(415, post(batch(validRecord("L-1")), "Bearer " + KEY, "text/plain").status());
        assertEquals(415, post(batch(validRecord("L-1")), "Bearer " + KEY, null).status());
        assertEquals(200, post(batch(validRecord("L-1")), "Bearer " + KEY, "application/json; charset=utf-8").status());
    }

    @Test
    void anElementThatIsNotAnObjectIsAnInvalidRecord() {
        ArrayNode records = batch(validRecord("L-1"));
        records.add("L-2");
        Answer answer = post(records);

        JsonNode invalid = answer.onlyInvalid();
        assertEquals(1, invalid.get("index").asInt());
        assertTrue(invalid.get("id_erp_apprenant").isNull());
        assertTrue(invalid.get("annee_scolaire").isNull());
        assertEquals(0, invalid.get("validation_errors").get(0).get("path").size());
        assertEquals(1, stub.stored().size());
    }

    @Test
    void aRecordWithTheSameFieldTwiceIsRefused() {
        String body = "[{\"nom_apprenant\":\"A\",\"nom_apprenant\":\"B\"}]";
        assertEquals(400, post(body).status());
        assertTrue(stub.batches().isEmpty());
    }
}
