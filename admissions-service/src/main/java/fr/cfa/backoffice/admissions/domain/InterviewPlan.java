package fr.cfa.backoffice.admissions.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** When and where the oral interview takes place, and who holds it. */
public record InterviewPlan(OffsetDateTime at, String place, String videoLink, List<String> interviewers) {}
