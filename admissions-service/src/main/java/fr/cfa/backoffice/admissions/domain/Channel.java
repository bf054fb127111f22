package fr.cfa.backoffice.admissions.domain;

/** How an application came in. */
public enum Channel {
    /** Submitted by a prescriber's portal (Mission Locale, France Travail…). */
    PRESCRIBER,
    /** Entered by an admissions officer at the front office. */
    FRONT_OFFICE,
    /** Received through the centre's web site and entered by an officer. */
    WEB
}
