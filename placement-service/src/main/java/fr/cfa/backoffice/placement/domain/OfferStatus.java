package fr.cfa.backoffice.placement.domain;

/** OPEN while positions remain; FILLED when they are all taken by contracts; CLOSED by the employer. */
public enum OfferStatus { OPEN, FILLED, CLOSED }
