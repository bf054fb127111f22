package fr.cfa.backoffice.placement.domain;

public enum Rating { ACQUIRED, IN_PROGRESS, NOT_ACQUIRED }
