package fr.cfa.backoffice.tidy.api;

/** Architecture fixture: a service in the shape (ServiceArchitectureTest). */
public record TidyView(String id, String name) {}
