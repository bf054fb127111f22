package fr.cfa.backoffice.tools.dashboardstub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationTest extends StubTest {

    @Test
    void aWrongKeyIsAnswered401AndNothingIsStored() {
        Answer answer = post(batch(validRecord("L-1")), "Bearer not-the-key", "application/json");

        assertEquals(401, answer.status());
        assertEquals("ERROR", answer.body().get("status").asText());
        assertEquals("Unauthorized", answer.body().get("message").asText());
        assertEquals(1, stub.requests());
        assertTrue(stub.batches().isEmpty());
        assertTrue(stub.stored().isEmpty());
    }

    @Test
    void aMissingKeyIsAnswered401() {
        assertEquals(401, post(batch(validRecord("L-1")), null, "application/json").status());
        assertEquals(401, post(batch(validRecord("L-1")), KEY, "application/json").status(), "the key without 'Bearer '");
        assertEquals(401, post(batch(validRecord("L-1")), "Bearer " + KEY + "x", "application/json").status());
        assertTrue(stub.stored().isEmpty());
    }

    @Test
    void rejectAlwaysAnswersUntilReset() {
        stub.rejectAlways(401);
        for (int i = 0; i < 3; i++) {
            Answer answer = post(batch(validRecord("L-1")));
            assertEquals(401, answer.status());
            assertEquals("Unauthorized", answer.body().get("message").asText());
        }
        assertEquals(3, stub.requests());
        assertTrue(stub.stored().isEmpty());

        stub.reset();
        assertEquals(200, post(batch(validRecord("L-1"))).status());
        assertEquals(1, stub.stored().size());
    }

    @Test
    void readingTheStoredRecordsTakesTheKeyToo() {
        assertEquals(401, get(NationalDashboardStub.PATH, null).status());
        assertEquals(401, get(NationalDashboardStub.PATH, "Bearer wrong").status());
        assertEquals(200, get(NationalDashboardStub.PATH, "Bearer " + KEY).status());
    }

    @Test
    void healthAnswers200WithoutAKey() {
        assertEquals(200, get("/health", null).status());
    }
}
