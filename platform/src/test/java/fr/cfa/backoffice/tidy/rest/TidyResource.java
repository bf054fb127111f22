package fr.cfa.backoffice.tidy.rest;

import fr.cfa.backoffice.platform.security.Callers;
import fr.cfa.backoffice.tidy.api.TidyView;
import fr.cfa.backoffice.tidy.domain.TidyQueries;
import java.util.List;

public class TidyResource {
    TidyQueries queries;
    Callers callers;

    public List<TidyView> list() {
        return queries.list(callers.current());
    }
}
