package fr.cfa.backoffice.tidy.events;

import fr.cfa.backoffice.tidy.domain.TidyQueries;

public class TidyConsumer {
    TidyQueries queries;

    void apply(TidyAnnouncement event) {
        queries.create(event.id());
    }
}
