package fr.cfa.backoffice.messy.rest;

import fr.cfa.backoffice.messy.persistence.MessyEntity;
import java.util.List;

/** Architecture fixture: violates rest_never_imports_persistence and entities_are_not_returned_from_resources. */
public class RestReadsTables {
    public List<MessyEntity> list() {
        return List.of();
    }
}
