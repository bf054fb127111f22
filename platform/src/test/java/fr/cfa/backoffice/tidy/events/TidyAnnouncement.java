package fr.cfa.backoffice.tidy.events;

/** A reader record: only the fields the consumer uses. */
public record TidyAnnouncement(String id) {}
