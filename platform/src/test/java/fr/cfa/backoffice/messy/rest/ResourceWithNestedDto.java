package fr.cfa.backoffice.messy.rest;

/** Architecture fixture: violates dto_records_live_in_api. */
public class ResourceWithNestedDto {
    public record MessyView(String id) {}
}
