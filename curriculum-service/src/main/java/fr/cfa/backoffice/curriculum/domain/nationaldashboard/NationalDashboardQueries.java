package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.api.NationalDashboardRecord;
import fr.cfa.backoffice.curriculum.api.RejectedRecordView;
import fr.cfa.backoffice.curriculum.api.StatePreviewView;
import fr.cfa.backoffice.curriculum.api.TransmissionView;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.curriculum.persistence.RejectionEntity;
import fr.cfa.backoffice.curriculum.persistence.RejectionRepository;
import fr.cfa.backoffice.curriculum.persistence.TransmissionEntity;
import fr.cfa.backoffice.curriculum.persistence.TransmissionRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reads of the national dashboard feed: the records as the State receives them (three statements a page), the
 * preview of the State's view (three statements), the transmissions (three statements a page).
 */
@ApplicationScoped
public class NationalDashboardQueries {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    NationalRecords records;

    @Inject
    StateStatusRules stateRules;

    @Inject
    TransmissionRepository transmissions;

    @Inject
    RejectionRepository rejections;

    @Inject
    Clock clock;

    /** @param schoolYear "2026-2027" (null: the current one): the learners of the cohorts starting in it; erased learners have no record */
    public Page<NationalDashboardRecord> records(String schoolYear, PageRequest page) {
        SchoolYear year = schoolYear == null ? SchoolYear.of(LocalDate.now(clock)) : SchoolYear.parse(schoolYear, "schoolYear");
        Page<EnrollmentEntity> learners = enrollments.identifiableInCohortsStarting(year.firstDay(), year.lastDay(), page);
        LocalDate today = LocalDate.now(clock);
        List<NationalDashboardRecord> items = records.load(learners.items()).stream().map(l -> records.record(l, today)).toList();
        return new Page<>(items, learners.page(), learners.size(), learners.totalItems());
    }

    /**
     * Every learner's status and the State's on that day, those the State will soon count as ABANDON first (fewest days
     * left), then those it already counts otherwise than we do.
     *
     * @param on null for today at the centre; @param stateStatus only those the State counts so (null: all)
     */
    public Page<StatePreviewView> preview(LocalDate on, String stateStatus, UUID cohortId, PageRequest page) {
        StateStatus only = EnumParameter.parse(StateStatus.class, stateStatus, "stateStatus");
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<StatePreviewView> all = records.load(enrollments.all(null)).stream()
                .filter(l -> cohortId == null || cohortId.equals(l.enrollment().cohortId))
                .map(l -> view(l, stateRules.on(l.facts(), day), day))
                .filter(v -> only == null || v.stateStatus() == only)
                .sorted(Comparator.comparing((StatePreviewView v) -> v.daysBeforeAbandon() == null ? Long.MAX_VALUE : v.daysBeforeAbandon())
                        .thenComparing(StatePreviewView::agrees).thenComparing(StatePreviewView::enrollmentId))
                .toList();
        int from = (int) Math.min(all.size(), (long) page.page * page.size);
        return new Page<>(all.subList(from, Math.min(all.size(), from + page.size)), page.page, page.size, all.size());
    }

    private static StatePreviewView view(NationalRecords.Learner l, StateStatusRules.StateView state, LocalDate day) {
        EnrollmentEntity e = l.enrollment();
        return new StatePreviewView(e.id, e.candidateId, e.cohortId, e.firstName, e.lastName, e.status, e.status.nationalLabel(),
                state.status(), state.since(), state.rule(), equivalent(e.status) == state.status(), state.next(), state.nextOn(),
                state.daysBeforeAbandon(day));
    }

    /** Our status in the State's words. */
    static StateStatus equivalent(LearnerStatus status) {
        return switch (status) {
            case INSCRIT_SANS_CONTRAT -> StateStatus.INSCRIT;
            case APPRENTI -> StateStatus.APPRENTI;
            case RUPTURANT -> StateStatus.RUPTURANT;
            case ABANDON -> StateStatus.ABANDON;
            case FIN_DE_FORMATION -> StateStatus.FIN_DE_FORMATION;
        };
    }

    public Page<TransmissionView> transmissions(PageRequest page) {
        Page<TransmissionEntity> found = transmissions.latestFirst(page);
        Map<UUID, List<RejectionEntity>> rejected = rejections.of(found.items().stream().map(t -> t.id).toList());
        return found.map(t -> view(t, rejected.getOrDefault(t.id, List.of())));
    }

    public TransmissionView transmission(UUID id) {
        TransmissionEntity t = transmissions.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("transmission", id));
        return view(t, rejections.of(List.of(id)).getOrDefault(id, List.of()));
    }

    private static TransmissionView view(TransmissionEntity t, List<RejectionEntity> rejected) {
        return new TransmissionView(t.id, t.trigger, t.requestedBy, t.startedAt.atZoneSameInstant(PARIS).toOffsetDateTime(),
                t.finishedAt == null ? null : t.finishedAt.atZoneSameInstant(PARIS).toOffsetDateTime(), TransmissionState.valueOf(t.state),
                t.batches, t.sent, t.accepted, t.rejected, t.failure,
                rejected.stream().map(r -> new RejectedRecordView(r.enrollmentId, "/api/v1/enrollments/" + r.enrollmentId, r.field, r.message)).toList());
    }
}
