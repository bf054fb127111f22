package fr.cfa.backoffice.tidy.domain;

import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.tidy.api.TidyView;
import fr.cfa.backoffice.tidy.persistence.TidyEntity;
import fr.cfa.backoffice.tidy.persistence.TidyRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public class TidyQueries {
    TidyRepository repository;
    Clock clock;

    public List<TidyView> list(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return repository.listAll().stream().map(e -> view(e, today)).toList();
    }

    public void create(String name) {
        TidyEntity entity = new TidyEntity();
        entity.name = name;
        repository.persist(entity);
    }

    private static TidyView view(TidyEntity e, LocalDate today) {
        return new TidyView(e.id, e.name + " " + today);
    }
}
