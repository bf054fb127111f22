package fr.cfa.backoffice.placement.domain;

/**
 * Where a signed contract's filing stands: TO_FILE (not filed, still in time), OVERDUE (not filed and past its due date),
 * FILED (awaiting the decision), ACCEPTED or REFUSED (the OPCO's or the DDETS's decision).
 */
public enum FilingStatus { TO_FILE, OVERDUE, FILED, ACCEPTED, REFUSED }
