package fr.cfa.backoffice.admissions.domain;

/** What the interviewers record: attendance, the grid's four scores (1–5) and a recommendation. */
public record InterviewOutcome(boolean attended, Integer motivation, Integer jobUnderstanding, Integer communication, Integer project,
                               Recommendation recommendation, String notes) {}
