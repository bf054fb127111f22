package fr.cfa.backoffice.placement.domain;

/** What a creation answers: the view of what it created, or, on a retry with the same Idempotency-Key, of what the first call created. */
public record Created<T>(T view, boolean replayed) {}
