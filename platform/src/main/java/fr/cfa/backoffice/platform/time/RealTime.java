package fr.cfa.backoffice.platform.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that reads the system's time on purpose, outside the suite clock: the plumbing's own timers
 * (relay retries, housekeeping) and the clock's own construction. The "no now() without the clock" check
 * accepts only these classes. Code that must stay on real time but can take a clock (token freshness) reads
 * {@link SuiteClock#realTime()} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RealTime {
    /** Why this class reads real time. */
    String value();
}
