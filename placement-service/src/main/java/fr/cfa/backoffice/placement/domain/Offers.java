package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.OfferView;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.placement.persistence.OfferRepository;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
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
    static final String PUBLISH = "publishOffer";

    @Inject
    Employers employers;

    @Inject
    OfferRepository offers;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Clock clock;

    /** @param employerId the employer a placement officer names; an employer publishes for itself, whatever it names */
    public record NewOffer(UUID employerId, String title, String place, List<String> zones, LocalDate startDate, int positions) {}

    /** With an idempotency key, a retry of the same request answers the offer the first one published. */
    @Transactional
    public Created<OfferView> publish(NewOffer request, Caller caller, String idempotencyKey) {
        UUID employerId = caller.isPartner() ? caller.partnerId() : request.employerId();
        if (employerId == null) throw new InvalidParameterException("employerId", "must be given by a placement officer");
        EmployerEntity employer = employers.owned(employerId, caller);
        NewOffer offer = new NewOffer(employer.id, request.title(), request.place(), request.zones(), request.startDate(), request.positions());
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(caller, PUBLISH, idempotencyKey, offer, UUID.randomUUID());
        if (claim.replayed()) return new Created<>(Views.offer(offers.findById(claim.resourceId())), true);
        OfferEntity o = new OfferEntity();
        o.id = claim.resourceId();
        o.employerId = employer.id;
        o.title = offer.title();
        o.place = offer.place();
        o.zones = new ArrayList<>(offer.zones());
        o.startDate = offer.startDate();
        o.positions = offer.positions();
        o.status = OfferStatus.OPEN;
        o.createdAt = OffsetDateTime.now(clock);
        offers.persist(o);
        return new Created<>(Views.offer(o), false);
    }

    /** Its employer or a placement officer; seeing another employer's open offer is not owning it (404). */
    @Transactional
    public OfferView close(UUID id, Caller caller) {
        OfferEntity o = offers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("offer", id));
        caller.requireOwn(o.employerId, "offer", id);
        if (o.status == OfferStatus.CLOSED) throw new IllegalTransitionException("offer", o.status, "close");
        o.status = OfferStatus.CLOSED;
        return Views.offer(o);
    }

    /** The offer if this caller may see it (see {@link OfferReader}); otherwise "not found", so that its existence does not leak. */
    public OfferView visible(UUID id, Caller caller) {
        OfferReader reader = OfferReader.of(caller);
        return offers.findByIdOptional(id).filter(o -> reader.sees(o.employerId, o.status)).map(Views::offer)
                .orElseThrow(() -> new ResourceNotFoundException("offer", id));
    }

    /** The offers this caller may see (see {@link OfferReader}), then narrowed by the filters: one page and its count. */
    public Page<OfferView> list(OfferStatus status, UUID employerId, Caller caller, PageRequest page) {
        OfferReader reader = OfferReader.of(caller);
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
        PanacheQuery<OfferEntity> query = where.isEmpty() ? offers.findAll(sort) : offers.find(String.join(" and ", where), sort, params);
        query.page(page.page, page.size);
        return new Page<>(query.list().stream().map(Views::offer).toList(), page.page, page.size, query.count());
    }
}
