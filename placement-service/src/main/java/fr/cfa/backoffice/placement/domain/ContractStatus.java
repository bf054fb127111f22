package fr.cfa.backoffice.placement.domain;

public enum ContractStatus { ACTIVE, TERMINATED }
