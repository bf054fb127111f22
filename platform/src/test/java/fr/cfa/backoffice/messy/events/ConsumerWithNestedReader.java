package fr.cfa.backoffice.messy.events;

/** Architecture fixture: violates consumed_event_records_have_their_own_files. */
public class ConsumerWithNestedReader {
    record Announcement(String id) {}
}
