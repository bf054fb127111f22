package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.api.NationalDashboardRecord;
import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds each learner's v3 record for the national dashboard, and the facts the State's rules read, from what
 * curriculum keeps of the journey's events. RQTH and NIR are not among curriculum's data, so never in a record.
 */
@ApplicationScoped
public class NationalRecords {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The State takes up to four contracts per record; the latest four are sent. */
    private static final int CONTRACTS_PER_RECORD = 4;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrollmentContractRepository contracts;

    @Inject
    NationalDashboardConfig config;

    /** A learner with what their record needs. */
    public record Learner(EnrollmentEntity enrollment, CohortEntity cohort, List<EnrollmentContractEntity> contracts, LearnerFacts facts) {}

    /** The learners of these enrollments with their cohorts and contracts: two statements, whatever their number. */
    public List<Learner> load(List<EnrollmentEntity> enrollments) {
        Set<UUID> cohortIds = enrollments.stream().map(e -> e.cohortId).collect(Collectors.toSet());
        Map<UUID, CohortEntity> byId = cohorts.byIds(cohortIds);
        Map<UUID, List<EnrollmentContractEntity>> contractsOf = contracts.of(enrollments.stream().map(e -> e.id).toList());
        return enrollments.stream().map(e -> {
            CohortEntity cohort = byId.get(e.cohortId);
            List<EnrollmentContractEntity> own = contractsOf.getOrDefault(e.id, List.of());
            return new Learner(e, cohort, own, facts(e, cohort, own));
        }).toList();
    }

    private static LearnerFacts facts(EnrollmentEntity e, CohortEntity cohort, List<EnrollmentContractEntity> contracts) {
        return new LearnerFacts(e.status, e.statusSince, enteredOn(e, cohort), cohort.endDate,
                contracts.stream().map(c -> new LearnerFacts.Contract(c.startDate, c.endDate, c.terminatedOn)).toList(),
                e.excludedOn, e.diplomaObtained, e.diplomaObtainedOn);
    }

    /** Entry into the training: admission, or the cohort's start when admitted before it (the 90 days count from there, L6222-12-1). */
    static LocalDate enteredOn(EnrollmentEntity e, CohortEntity cohort) {
        return e.enrolledOn.isAfter(cohort.startDate) ? e.enrolledOn : cohort.startDate;
    }

    public NationalDashboardRecord record(Learner learner, LocalDate today) {
        EnrollmentEntity e = learner.enrollment();
        CohortEntity cohort = learner.cohort();
        NationalDashboardConfig.Centre centre = config.centre();
        int months = durationInMonths(cohort.startDate, cohort.endDate);
        int years = Math.min(4, Math.max(1, (months + 11) / 12));
        List<EnrollmentContractEntity> sent = learner.contracts().subList(Math.max(0, learner.contracts().size() - CONTRACTS_PER_RECORD),
                learner.contracts().size());
        Contract[] c = new Contract[CONTRACTS_PER_RECORD];
        for (int i = 0; i < CONTRACTS_PER_RECORD; i++) c[i] = i < sent.size() ? Contract.of(sent.get(i)) : Contract.NONE;
        return new NationalDashboardRecord(
                e.lastName, e.firstName, e.birthDate, SchoolYear.of(cohort.startDate).toString(), e.id.toString(),
                statusCode(e.status, sent), e.statusChangedAt.atZoneSameInstant(PARIS).toOffsetDateTime(),
                e.enrolledOn, enteredOn(e, cohort), cohort.endDate, years, months,
                centre.responsibleUai(), centre.responsibleSiret(), centre.trainingUai(), centre.trainingSiret(),
                centre.siteAddress(), centre.sitePostalCode(), centre.rncp(), centre.cfd().orElse(null), centre.shortTitle(),
                yearOfTraining(cohort.startDate, today, years), e.email, e.phone,
                c[0].start, c[0].end, c[0].rupture, c[0].cause, c[0].siret,
                c[1].start, c[1].end, c[1].rupture, c[1].cause, c[1].siret,
                c[2].start, c[2].end, c[2].rupture, c[2].cause, c[2].siret,
                c[3].start, c[3].end, c[3].rupture, c[3].cause, c[3].siret,
                e.excludedOn, e.excludedOn == null ? null : TerminationCauses.EXCLUSION_LABEL,
                e.diplomaObtained, Boolean.TRUE.equals(e.diplomaObtained) ? e.diplomaObtainedOn : null);
    }

    /** statut_apprenant: 0 abandon, 2 inscrit (without a contract, or rupturant: the contract's rupture says so), 3 apprenti. */
    static Integer statusCode(LearnerStatus status, List<EnrollmentContractEntity> contracts) {
        return switch (status) {
            case ABANDON -> 0;
            case INSCRIT_SANS_CONTRAT, RUPTURANT -> 2;
            case APPRENTI -> 3;
            case FIN_DE_FORMATION -> !contracts.isEmpty() && contracts.get(contracts.size() - 1).terminatedOn == null ? 3 : 2;
        };
    }

    /** Whole months the training lasts, a started month counting as one, within the State's 1 to 48. */
    static int durationInMonths(LocalDate start, LocalDate end) {
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (start.plusMonths(months).isBefore(end.plusDays(1))) months++;
        return (int) Math.min(48, Math.max(1, months));
    }

    /** annee_formation: 1 in the first twelve months of the training, then 2... never past its duration. */
    static int yearOfTraining(LocalDate start, LocalDate today, int years) {
        if (today.isBefore(start)) return 1;
        return (int) Math.min(years, 1 + ChronoUnit.MONTHS.between(start, today) / 12);
    }

    private record Contract(LocalDate start, LocalDate end, LocalDate rupture, String cause, String siret) {
        static final Contract NONE = new Contract(null, null, null, null, null);

        static Contract of(EnrollmentContractEntity c) {
            return new Contract(c.startDate, c.endDate, c.terminatedOn, c.terminatedOn == null ? null : TerminationCauses.label(c.terminationGround),
                    c.employerSiret);
        }
    }
}
