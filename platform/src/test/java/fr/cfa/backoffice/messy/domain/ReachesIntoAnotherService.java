package fr.cfa.backoffice.messy.domain;

import fr.cfa.backoffice.tidy.api.TidyView;

/** Architecture fixture: violates no_service_imports_another. */
public class ReachesIntoAnotherService {
    TidyView borrowed() {
        return new TidyView("a", "b");
    }
}
