package fr.cfa.backoffice.platform.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that reads real time on purpose, outside the suite clock: what guards security (token
 * freshness) and the plumbing's own timers (relay retries, housekeeping) must not move with simulated time.
 * The "no now() without the clock" check accepts only these classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RealTime {
    /** Why this class reads real time. */
    String value();
}
