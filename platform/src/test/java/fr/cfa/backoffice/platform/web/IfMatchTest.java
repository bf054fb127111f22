package fr.cfa.backoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** If-Match carries the ETag a read answered: strong ("3") or weak (W/"3", as proxies rewrite it); RFC 9110 §13.1.1. */
class IfMatchTest {
    @Test
    void a_strong_etag_names_its_version() {
        assertEquals(3L, IfMatch.version("\"3\""));
    }

    @Test
    void a_weak_etag_names_the_same_version() {
        assertEquals(3L, IfMatch.version("W/\"3\""));
        assertEquals(12L, IfMatch.version(" W/\"12\" "));
    }

    @Test
    void no_header_or_a_star_asks_for_no_version() {
        assertNull(IfMatch.version(null));
        assertNull(IfMatch.version(""));
        assertNull(IfMatch.version("*"));
    }

    @Test
    void anything_else_is_a_bad_request_naming_the_header() {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> IfMatch.version("\"abc\""));
        assertEquals(ProblemType.VALIDATION_FAILED, refused.problemType());
        assertEquals("If-Match", refused.errors().get(0).field());
    }
}
