package fr.cfa.backoffice.messy.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Architecture fixture: violates no_now_without_the_suite_clock (twice). */
public class ReadsTheWallClock {
    LocalDate today() {
        return LocalDate.now();
    }

    LocalDate todayInParis() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
