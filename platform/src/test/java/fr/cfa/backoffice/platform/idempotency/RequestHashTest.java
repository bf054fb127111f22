package fr.cfa.backoffice.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A retry is recognised by its body, whatever the order of its fields; any changed value is another request. */
class RequestHashTest {
    record Offer(String title, LocalDate startDate, int positions) {}

    @Test
    void the_same_body_in_another_field_order_hashes_the_same() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("title", "Médiateur");
        one.put("positions", 1);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("positions", 1);
        other.put("title", "Médiateur");
        assertEquals(IdempotencyKeys.hash(one), IdempotencyKeys.hash(other));
    }

    @Test
    void a_changed_value_hashes_differently() {
        assertNotEquals(IdempotencyKeys.hash(new Offer("Médiateur", LocalDate.parse("2027-01-04"), 1)),
                IdempotencyKeys.hash(new Offer("Médiateur", LocalDate.parse("2027-01-04"), 2)));
        assertNotEquals(IdempotencyKeys.hash(new Offer("Médiateur", LocalDate.parse("2027-01-04"), 1)),
                IdempotencyKeys.hash(new Offer("Médiateur", LocalDate.parse("2027-01-05"), 1)));
    }

    @Test
    void dates_hash_as_their_iso_text() {
        assertEquals(64, IdempotencyKeys.hash(new Offer("x", LocalDate.parse("2027-01-04"), 1)).length());
    }
}
