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
     * Claims the daily transmission of {@code day}: true for the first caller, whatever the number of replicas (the
     * primary key decides), and true again for a later caller when the claimant's run never ended: claimed before
     * {@code staleBefore}, with no DAILY transmission begun since then that finished (its replica died in between).
     * Concurrent re-claims queue on the row: the first one refreshes claimed_at, so the others find it fresh.
     */
    public boolean claimDay(LocalDate day, OffsetDateTime at, OffsetDateTime staleBefore) {
        return getEntityManager().createNativeQuery("insert into national_dashboard_daily_run as run (day, claimed_at) values (?1, ?2) "
                        + "on conflict (day) do update set claimed_at = excluded.claimed_at where run.claimed_at < ?3 and not exists ("
                        + "select 1 from national_dashboard_transmission t where t.trigger_kind = 'DAILY' and t.started_at >= run.claimed_at "
                        + "and t.state <> 'RUNNING')")
                .setParameter(1, day).setParameter(2, at).setParameter(3, staleBefore).executeUpdate() == 1;
    }
}
