package fr.cfa.backoffice.tools.dashboardstub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptedAnswersTest extends StubTest {

    @Test
    void answerNext429TwiceThen200() {
        stub.answerNext(429, 2);

        Answer first = post(batch(validRecord("L-1")));
        assertEquals(429, first.status());
        assertEquals("1", first.response().headers().firstValue("Retry-After").orElse(null));
        assertEquals("ERROR", first.body().get("status").asText());
        assertEquals("Too many requests", first.body().get("message").asText());
        assertEquals(429, post(batch(validRecord("L-1"))).status());
        assertEquals(200, post(batch(validRecord("L-1"))).status());

        assertEquals(3, stub.requests());
        assertEquals(1, stub.batches().size());
        assertEquals(1, stub.versionsOf("L-1").size());
    }

    @Test
    void answerNext500ThenNormal() {
        stub.answerNext(500, 1);

        Answer failed = post(batch(validRecord("L-1")));
        assertEquals(500, failed.status());
        assertEquals("Internal error", failed.body().get("message").asText());
        assertTrue(stub.stored().isEmpty());
        assertEquals(200, post(batch(validRecord("L-1"))).status());
    }

    @Test
    void scriptedAnswersAddUpInOrder() {
        stub.answerNext(429, 1);
        stub.answerNext(401, 1);
        assertEquals(429, post(batch(validRecord("L-1"))).status());
        Answer unauthorized = post(batch(validRecord("L-1")));
        assertEquals(401, unauthorized.status());
        assertEquals("Unauthorized", unauthorized.body().get("message").asText());
        assertEquals(200, post(batch(validRecord("L-1"))).status());
    }

    @Test
    void aScriptedAnswerComesBeforeAnyCheck() {
        stub.answerNext(429, 1);
        assertEquals(429, post("not json", "Bearer wrong", "text/plain").status());
        assertEquals(1, stub.requests());
    }

    @Test
    void resetForgetsScriptedAnswers() {
        stub.answerNext(500, 5);
        stub.reset();
        assertEquals(200, post(batch(validRecord("L-1"))).status());
    }

    @Test
    void onlyFailuresCanBeScripted() {
        assertThrows(IllegalArgumentException.class, () -> stub.answerNext(200, 1));
        assertThrows(IllegalArgumentException.class, () -> stub.answerNext(429, -1));
        assertThrows(IllegalArgumentException.class, () -> stub.rejectAlways(302));
    }
}
