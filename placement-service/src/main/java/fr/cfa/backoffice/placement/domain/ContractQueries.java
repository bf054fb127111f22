package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.ContractView;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contracts as their readers see them, each with its learner's names: one statement for a contract, two for a page. */
@ApplicationScoped
public class ContractQueries {
    /** A contract and its learner (none once placement no longer knows the learner). */
    private static final String WITH_LEARNER = "select c, l from ContractEntity c left join LearnerEntity l on l.candidateId = c.candidateId";

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    /** Staff, or its employer (another employer's contract answers "not found", so that its existence does not leak). */
    public ContractView get(UUID id, Caller caller) {
        List<Object[]> rows = contracts.getEntityManager().createQuery(WITH_LEARNER + " where c.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) throw new ResourceNotFoundException("contract", id);
        ContractEntity c = (ContractEntity) rows.get(0)[0];
        caller.requireOwn(c.employerId, "contract", id);
        return Views.contract(c, (LearnerEntity) rows.get(0)[1], LocalDate.now(clock));
    }

    /**
     * By creation (a draft's, or the signature's for contracts signed at once). Staff see all, narrowed by the filters; an
     * employer only its own, whatever employer it names. {@code filing} narrows to signed contracts whose filing stands so.
     */
    public Page<ContractView> list(ContractStatus status, UUID employerId, FilingStatus filing, Caller caller, PageRequest page) {
        UUID employer = caller.isPartner() ? caller.partnerId() : employerId;
        LocalDate today = LocalDate.now(clock);
        String where = " where 1 = 1" + (employer != null ? " and c.employerId = :employer" : "") + (status != null ? " and c.status = :status" : "")
                + (filing != null ? " and c.status <> :draft and " + filingCondition(filing) : "");
        Map<String, Object> params = new HashMap<>();
        if (employer != null) params.put("employer", employer);
        if (status != null) params.put("status", status);
        if (filing != null) {
            params.put("draft", ContractStatus.DRAFT);
            switch (filing) {
                case TO_FILE, OVERDUE -> params.put("today", today);
                case ACCEPTED, REFUSED -> params.put("decision", FilingDecision.valueOf(filing.name()));
                case FILED -> { }
            }
        }
        TypedQuery<Object[]> rows = contracts.getEntityManager().createQuery(WITH_LEARNER + where + " order by c.createdAt, c.id", Object[].class);
        TypedQuery<Long> count = contracts.getEntityManager().createQuery("select count(c) from ContractEntity c" + where, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ContractView> items = rows.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList().stream()
                .map(row -> Views.contract((ContractEntity) row[0], (LearnerEntity) row[1], today)).toList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }

    /** The JPQL condition of {@link Views#filingStatus}, so that the filter and the view agree. */
    private static String filingCondition(FilingStatus filing) {
        return switch (filing) {
            case OVERDUE -> "c.filedOn is null and c.filingDueOn < :today";
            case TO_FILE -> "c.filedOn is null and c.filingDueOn >= :today";
            case FILED -> "c.filedOn is not null and c.filingDecision is null";
            case ACCEPTED, REFUSED -> "c.filingDecision = :decision";
        };
    }
}
