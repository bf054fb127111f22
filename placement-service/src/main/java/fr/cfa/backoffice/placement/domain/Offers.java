package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Apprenticeship offers: employers publish their own; open offers are public; who sees the others is {@link OfferReader}. */
@ApplicationScoped
public class Offers {
    @Inject
    Employers employers;

    @Inject
    Clock clock;

    public record NewOffer(UUID employerId, String title, String place, List<String> zones, LocalDate startDate, int positions) {}

    @Transactional
    public OfferEntity publish(NewOffer request, Actor actor) {
        EmployerEntity employer = employers.get(request.employerId(), actor);
        OfferEntity o = new OfferEntity();
        o.id = UUID.randomUUID();
        o.employerId = employer.id;
        o.title = request.title();
        o.place = request.place();
        o.zones = new ArrayList<>(request.zones());
        o.startDate = request.startDate();
        o.positions = request.positions();
        o.status = OfferStatus.OPEN;
        o.createdAt = OffsetDateTime.now(clock);
        o.persist();
        return o;
    }

    /** Its employer or a placement officer; seeing another employer's open offer is not owning it (404). */
    @Transactional
    public OfferEntity close(UUID id, Actor actor) {
        OfferEntity o = OfferEntity.<OfferEntity>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("offer", id));
        actor.requireOwn(o.employerId, "offer", id);
        if (o.status == OfferStatus.CLOSED) throw new IllegalTransitionException("offer", o.status, "close");
        o.status = OfferStatus.CLOSED;
        return o;
    }

    /** The offer if this reader may see it; otherwise "not found", so that its existence does not leak. */
    public OfferEntity visible(UUID id, OfferReader reader) {
        return OfferEntity.<OfferEntity>findByIdOptional(id).filter(o -> reader.sees(o.employerId, o.status))
                .orElseThrow(() -> new ResourceNotFoundException("offer", id));
    }

    /** The offers this reader may see (see {@link OfferReader}), then narrowed by the filters. */
    public Page<OfferEntity> list(OfferStatus status, UUID employerId, OfferReader reader, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (reader.scope()) {
            case STAFF -> { }
            case EMPLOYER -> {
                where.add("(employerId = :reader or status = :open)");
                params.put("reader", reader.employerId());
                params.put("open", OfferStatus.OPEN);
            }
            case PUBLIC -> {
                where.add("status = :open");
                params.put("open", OfferStatus.OPEN);
            }
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (employerId != null) {
            where.add("employerId = :employer");
            params.put("employer", employerId);
        }
        Sort sort = Sort.by("startDate").and("id");
        PanacheQuery<OfferEntity> query = where.isEmpty() ? OfferEntity.findAll(sort) : OfferEntity.find(String.join(" and ", where), sort, params);
        query.page(page.page, page.size);
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
