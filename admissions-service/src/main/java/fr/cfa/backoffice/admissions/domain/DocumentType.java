package fr.cfa.backoffice.admissions.domain;

/** The documents of an application file. */
public enum DocumentType {
    CV,
    COVER_LETTER,
    ID_DOCUMENT,
    DIPLOMA,
    RQTH_EVIDENCE,
    PRESCRIBER_REFERRAL
}
