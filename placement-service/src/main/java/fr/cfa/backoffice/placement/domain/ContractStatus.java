package fr.cfa.backoffice.placement.domain;

/** DRAFT: being prepared, the form may be incomplete; ACTIVE: signed (ContractSigned published); TERMINATED: ended early. */
public enum ContractStatus { DRAFT, ACTIVE, TERMINATED }
