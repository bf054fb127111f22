package fr.cfa.backoffice.platform.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 13.1.2 reads it: a list, weak tags compared weakly, "*" for any. */
class IfNoneMatchTest {
    static final String ETAG = "\"abc\"";

    @Test
    void the_same_tag_matches_and_another_does_not() {
        assertTrue(PublicCacheFilter.matches("\"abc\"", ETAG));
        assertFalse(PublicCacheFilter.matches("\"abd\"", ETAG));
        assertFalse(PublicCacheFilter.matches(null, ETAG));
        assertFalse(PublicCacheFilter.matches("abc", ETAG), "an unquoted value is not the tag");
    }

    @Test
    void a_list_a_weak_tag_and_the_star_match() {
        assertTrue(PublicCacheFilter.matches("\"x\", \"abc\"", ETAG));
        assertTrue(PublicCacheFilter.matches("W/\"abc\"", ETAG));
        assertTrue(PublicCacheFilter.matches("*", ETAG));
    }

    @Test
    void the_etag_is_a_quoted_hash_of_the_bytes() {
        String a = PublicResponseCache.Representation.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)).etag();
        assertEquals(a, PublicResponseCache.Representation.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)).etag(), "same bytes, same tag on every instance");
        assertNotEquals(a, PublicResponseCache.Representation.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8)).etag());
        assertTrue(a.matches("\"[A-Za-z0-9_-]{22}\""), a);
    }
}
