package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<ApplicationEntity, UUID> {

    public Page<ApplicationEntity> list(UUID cohortId, SelectionStatus status, UUID prescriberId, PageRequest request) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (cohortId != null) {
            where.add("cohortId = :cohort");
            params.put("cohort", cohortId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (prescriberId != null) {
            where.add("prescriberId = :prescriber");
            params.put("prescriber", prescriberId);
        }
        Sort sort = Sort.by("submittedAt").and("id");
        PanacheQuery<ApplicationEntity> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    public Optional<ApplicationEntity> findByCandidate(UUID candidateId) {
        return find("candidateId", candidateId).firstResultOptional();
    }

    public long countInCohort(UUID cohortId, SelectionStatus status) {
        return count("cohortId = ?1 and status = ?2", cohortId, status);
    }

    public Optional<ApplicationEntity> firstOnWaitlist(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by waitlistRank", cohortId, SelectionStatus.WAITLISTED).firstResultOptional();
    }

    public int nextWaitlistRank(UUID cohortId) {
        Integer max = find("select max(waitlistRank) from ApplicationEntity where cohortId = ?1 and status = ?2",
                cohortId, SelectionStatus.WAITLISTED).project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }

    /** Closes the gap a candidate leaves on the waitlist. */
    public void moveWaitlistUp(UUID cohortId, int vacatedRank) {
        update("waitlistRank = waitlistRank - 1 where cohortId = ?1 and status = ?2 and waitlistRank > ?3",
                cohortId, SelectionStatus.WAITLISTED, vacatedRank);
    }

    public List<ApplicationEntity> openInCohort(UUID cohortId) {
        return list("cohortId = ?1 and erasedAt is null and status not in ?2", cohortId,
                List.of(SelectionStatus.FILE_REJECTED, SelectionStatus.REJECTED, SelectionStatus.WITHDRAWN));
    }
}
