package fr.cfa.backoffice.messy.domain;

import fr.cfa.backoffice.messy.persistence.MessyEntity;

/** Architecture fixture: violates data_access_through_repositories. */
public class ActiveRecordCaller {
    Object load(String id) {
        return MessyEntity.findById(id);
    }
}
