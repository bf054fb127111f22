package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import fr.cfa.backoffice.platform.web.Cursor;
import fr.cfa.backoffice.platform.web.CursorPage;
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

    /** The key lists are sorted by, and walked by cursor on (index application_submitted_keyset and its siblings). */
    private static final CursorPage.Key<ApplicationEntity> SUBMISSION = new CursorPage.Key<>() {
        public java.time.Instant at(ApplicationEntity a) {
            return a.submittedAt.toInstant();
        }

        public UUID id(ApplicationEntity a) {
            return a.id;
        }
    };

    /**
     * A page sorted by submission then id: after {@code position} when given (keyset: the index seeks to it and reads
     * size + 1 rows, never counting), else page {@code page} by offset (and the count of matching rows).
     */
    public CursorPage<ApplicationEntity> list(UUID cohortId, SelectionStatus status, UUID prescriberId, int page, int size,
                                              Cursor position, String scope) {
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
        if (position != null) {
            // the redundant ">=" gives the index a range to seek to; the "or" settles ties on submittedAt by id
            where.add("submittedAt >= :at and (submittedAt > :at or id > :id)");
            params.put("at", position.at().atOffset(java.time.ZoneOffset.UTC));
            params.put("id", position.id());
            List<ApplicationEntity> rows = find(String.join(" and ", where), sort, params).range(0, size).list();
            return CursorPage.of(rows, position.page(), size, position.totalItems(), scope, SUBMISSION);
        }
        PanacheQuery<ApplicationEntity> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        int first = page * size;
        List<ApplicationEntity> rows = query.range(first, first + size).list();
        return CursorPage.of(rows, page, size, query.count(), scope, SUBMISSION);
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
