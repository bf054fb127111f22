package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TransmissionRepository implements PanacheRepositoryBase<TransmissionEntity, UUID> {

    public Page<TransmissionEntity> latestFirst(PageRequest request) {
        PanacheQuery<TransmissionEntity> query = findAll(Sort.descending("startedAt").and("id", Sort.Direction.Descending));
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    public Optional<TransmissionEntity> last() {
        return find("order by startedAt desc, id desc").firstResultOptional();
    }

    public List<TransmissionEntity> runningStartedBefore(OffsetDateTime before) {
        return list("state = 'RUNNING' and startedAt < ?1", before);
    }

    /**
     * Claims the daily transmission of {@code day}: true for the first caller only, whatever the number of replicas
     * (the primary key decides).
     */
    public boolean claimDay(LocalDate day, OffsetDateTime at) {
        return getEntityManager().createNativeQuery("insert into national_dashboard_daily_run (day, claimed_at) values (?1, ?2) on conflict (day) do nothing")
                .setParameter(1, day).setParameter(2, at).executeUpdate() == 1;
    }
}
