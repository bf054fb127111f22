package fr.cfa.backoffice.placement.domain;

/** The OPCO's or the DDETS's answer to a filed contract: registered (the OPCO's "prise en charge"), or refused. */
public enum FilingDecision { ACCEPTED, REFUSED }
