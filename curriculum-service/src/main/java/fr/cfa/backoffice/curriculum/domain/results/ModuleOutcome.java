package fr.cfa.backoffice.curriculum.domain.results;

/** The outcome of an evaluation during training (ECF). */
public enum ModuleOutcome { ACQUIRED, IN_PROGRESS, NOT_ACQUIRED }
