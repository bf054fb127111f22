package fr.cfa.backoffice.platform.web.cache;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public GET whose JSON answer is kept by {@link PublicResponseCache} and answered with an {@code ETag},
 * {@code Cache-Control} and, on a matching {@code If-None-Match}, a 304. For endpoints anyone may call in numbers
 * (indicators, the programme, open offers, certificate verification).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicCached {
    /**
     * False when the answer depends on who calls (open offers: an employer also sees its own): then only calls
     * without a token are served from the cache.
     */
    boolean sameForEveryCaller() default true;

    /**
     * True when clients must ask again every time ({@code Cache-Control: no-cache}), e.g. a verification, which must
     * show a revocation at once; false for {@code public, max-age} (backoffice.public-cache.client-max-age).
     */
    boolean revalidate() default false;
}
