package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.LearnerView;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/** The placeable learners with their cohort's dates and whether they are under contract: two statements for a page. */
@ApplicationScoped
public class LearnerQueries {
    @Inject
    LearnerRepository learners;

    /**
     * Admitted learners who have not withdrawn and are not erased, by last name.
     *
     * @param withoutContract only those without an active contract
     */
    public Page<LearnerView> list(UUID cohortId, boolean withoutContract, PageRequest page) {
        String where = " where l.withdrawn = false and l.erasedAt is null"
                + (cohortId != null ? " and l.cohortId = :cohort" : "")
                + (withoutContract ? " and not exists (select 1 from ContractEntity k where k.candidateId = l.candidateId and k.status = :active)" : "");
        TypedQuery<Object[]> rows = learners.getEntityManager().createQuery("select l, c, (select count(k) from ContractEntity k "
                + "where k.candidateId = l.candidateId and k.status = :active) from LearnerEntity l left join CohortEntity c on c.id = l.cohortId"
                + where + " order by l.lastName, l.candidateId", Object[].class);
        TypedQuery<Long> count = learners.getEntityManager().createQuery("select count(l) from LearnerEntity l" + where, Long.class);
        rows.setParameter("active", ContractStatus.ACTIVE);
        if (withoutContract) count.setParameter("active", ContractStatus.ACTIVE);
        if (cohortId != null) {
            rows.setParameter("cohort", cohortId);
            count.setParameter("cohort", cohortId);
        }
        List<LearnerView> items = rows.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList().stream()
                .map(row -> Views.learner((LearnerEntity) row[0], (CohortEntity) row[1], ((Number) row[2]).longValue() > 0)).toList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }
}
