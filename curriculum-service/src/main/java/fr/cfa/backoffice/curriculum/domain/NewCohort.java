package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
import java.time.LocalDate;

/** What a trainer gives to schedule a cohort. */
public record NewCohort(String code, LocalDate startDate, int capacity, String place, AlternanceRhythm rhythm) {}
