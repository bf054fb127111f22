package fr.cfa.backoffice.messy.api;

import fr.cfa.backoffice.messy.persistence.MessyEntity;

/** Architecture fixture: violates api_records_know_neither_http_nor_tables. */
public record ViewFromEntity(String id) {
    public static ViewFromEntity of(MessyEntity e) {
        return new ViewFromEntity(e.id);
    }
}
