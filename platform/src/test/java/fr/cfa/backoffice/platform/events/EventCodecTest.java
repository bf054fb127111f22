package fr.cfa.backoffice.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {
    record Sample(UUID id, LocalDate day, Integer count, @EventCodec.Optional String note) {}

    static String envelope(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/test\",\"type\":\"" + type + "\",\"subject\":\"s\","
                + "\"time\":\"2026-11-28T10:00:00+01:00\",\"data\":" + data + "}";
    }

    @Test
    void an_envelope_round_trips_with_its_name_and_version() {
        UUID id = UUID.randomUUID();
        EventEnvelope read = EventCodec.read(envelope("CohortScheduled.v2", "{\"id\":\"" + id + "\",\"day\":\"2027-01-04\",\"count\":3}"));
        assertEquals("CohortScheduled", read.eventName());
        assertEquals(2, read.version());
        Sample sample = EventCodec.dataAs(read, Sample.class);
        assertEquals(new Sample(id, LocalDate.parse("2027-01-04"), 3, null), sample);
        assertEquals(read, EventCodec.read(EventCodec.write(read)));
    }

    @Test
    void malformed_json_is_poison() {
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> EventCodec.read("{oops"));
        assertTrue(e.getMessage().startsWith("not a CloudEvents JSON envelope"));
    }

    @Test
    void an_envelope_without_id_or_data_is_poison_naming_what_lacks() {
        PoisonEventException e = assertThrows(PoisonEventException.class,
                () -> EventCodec.read("{\"specversion\":\"1.0\",\"source\":\"/x\",\"type\":\"A.v1\"}"));
        assertEquals("envelope lacks id, data", e.getMessage());
    }

    @Test
    void a_type_without_version_is_poison() {
        assertThrows(PoisonEventException.class, () -> EventCodec.read(envelope("CohortScheduled", "{}")));
    }

    @Test
    void data_missing_a_required_field_is_poison_but_optional_fields_may_lack() {
        EventEnvelope read = EventCodec.read(envelope("S.v1", "{\"id\":\"" + UUID.randomUUID() + "\"}"));
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> EventCodec.dataAs(read, Sample.class));
        assertTrue(e.getMessage().endsWith("lacks required fields [day, count]"), e.getMessage());
    }

    @Test
    void data_of_the_wrong_type_is_poison() {
        EventEnvelope read = EventCodec.read(envelope("S.v1", "{\"id\":\"not-a-uuid\",\"day\":\"2027-01-04\",\"count\":1}"));
        assertThrows(PoisonEventException.class, () -> EventCodec.dataAs(read, Sample.class));
    }

    @Test
    void an_unknown_version_of_a_handled_event_is_poison_and_other_events_are_ignored() {
        EventRouter router = EventRouter.create().on("S", 1, Sample.class, (e, s) -> {});
        assertThrows(PoisonEventException.class, () -> router.routeFor(EventCodec.read(envelope("S.v2", "{}"))));
        assertEquals(null, router.routeFor(EventCodec.read(envelope("Other.v1", "{}"))));
    }
}
