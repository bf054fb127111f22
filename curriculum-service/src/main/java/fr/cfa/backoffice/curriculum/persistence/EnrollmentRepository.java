package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<EnrollmentEntity, UUID> {

    public Optional<EnrollmentEntity> findByCandidate(UUID candidateId) {
        return find("candidateId", candidateId).firstResultOptional();
    }

    public Page<EnrollmentEntity> inCohort(UUID cohortId, LearnerStatus status, PageRequest request) {
        Sort sort = Sort.by("lastName").and("firstName").and("id");
        PanacheQuery<EnrollmentEntity> query = status == null
                ? find("cohortId = :cohort", sort, Parameters.with("cohort", cohortId))
                : find("cohortId = :cohort and status = :status", sort, Parameters.with("cohort", cohortId).and("status", status));
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    /** The cohort's learners in one of these statuses. */
    public List<EnrollmentEntity> inCohortWithStatus(UUID cohortId, Set<LearnerStatus> statuses) {
        return list("cohortId = ?1 and status in ?2", cohortId, statuses);
    }


    /**
     * The learners of the cohorts starting between these days (a school year), still identifiable (not erased), in a
     * stable order: one page and its count.
     */
    public Page<EnrollmentEntity> identifiableInCohortsStarting(LocalDate from, LocalDate to, PageRequest request) {
        PanacheQuery<EnrollmentEntity> query = find("erasedAt is null and cohortId in (select c.id from CohortEntity c where c.startDate between ?1 and ?2)",
                Sort.by("id"), from, to);
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    /** Every learner still identifiable (not erased), in a stable order. */
    public List<EnrollmentEntity> identifiable() {
        return list("erasedAt is null", Sort.by("id"));
    }

    /** Every learner, erased or not, in a stable order (the preview counts erased learners too, without their names). */
    public List<EnrollmentEntity> all(Set<LearnerStatus> statuses) {
        return statuses == null ? listAll(Sort.by("id")) : list("status in ?1", Sort.by("id"), statuses);
    }
}
