package fr.cfa.backoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.platform.problem.MalformedParameterException;
import fr.cfa.backoffice.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {
    static final Instant AT = Instant.parse("2026-11-20T13:35:12.123456Z"); // a fixed instant: the test never depends on when it runs
    static final String SCOPE = Cursor.scope("cohort", null, "SUBMITTED");

    @Test
    void a_cursor_reads_back_its_position_to_the_microsecond() {
        Cursor cursor = new Cursor(3, 57, Instant.parse("2026-11-20T13:35:12.123456789Z"), UUID.randomUUID());
        Cursor read = Cursor.decode(cursor.encode(SCOPE), SCOPE);
        assertEquals(cursor, read);
        assertEquals(Instant.parse("2026-11-20T13:35:12.123456Z"), read.at());
    }

    @Test
    void the_token_is_url_safe() {
        String token = new Cursor(1, 0, AT, UUID.randomUUID()).encode(SCOPE);
        assertEquals(token, java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    @Test
    void a_cursor_for_other_filters_is_refused() {
        String token = new Cursor(1, 5, AT, UUID.randomUUID()).encode(SCOPE);
        MalformedParameterException refused = assertThrows(MalformedParameterException.class,
                () -> Cursor.decode(token, Cursor.scope("another cohort", null, "SUBMITTED")));
        assertEquals("cursor", refused.fieldErrors().get(0).field());
    }

    @Test
    void garbage_truncation_and_forged_fields_are_invalid_parameters_naming_the_cursor() {
        String valid = new Cursor(1, 5, AT, UUID.randomUUID()).encode(SCOPE);
        for (String token : new String[] {"not base64!", "", "djE", valid.substring(0, valid.length() - 6), valid + "AAAA",
                forge("v2." + SCOPE + ".1.5.1.0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b"),
                forge("v1." + SCOPE + ".0.5.1.0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b"),
                forge("v1." + SCOPE + ".1.-5.1.0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b"),
                forge("v1." + SCOPE + ".1.5.99999999999999999999.0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b"),
                forge("v1." + SCOPE + ".1.5.1.not-a-uuid"),
                forge("v1." + SCOPE + ".1.5.1.0b6f3c1e-4d2a-4a8e-9f1b-2c3d4e5f6a7b.extra")}) {
            MalformedParameterException refused = assertThrows(MalformedParameterException.class, () -> Cursor.decode(token, SCOPE), token);
            assertEquals(ProblemType.INVALID_PARAMETER, refused.problemType());
            assertEquals("cursor", refused.fieldErrors().get(0).field());
        }
    }

    private static String forge(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }
}
