package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.IndicatorsView;
import fr.cfa.backoffice.certification.api.RateView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The outcomes a CFA publishes (docs/rules.md, "Outcomes"; Code du travail L6111-8), computed from events,
 * per cohort and/or per year of the cohort's start. A rate is withheld, figures included, when its denominator is under 20 (InserJeunes rule).
 * Erasure keeps the underlying facts, so the figures do not move. One statement, whatever the number of candidates;
 * its cost follows the candidates in scope (see {@link #of}).
 */
@ApplicationScoped
public class IndicatorQueries {
    @Inject
    EntityManager em;

    @Inject
    CertificationConfig config;

    /** The years a start_date range selects exactly as extract(year) does (ISO years with four digits). */
    static final int FIRST_YEAR = 1, LAST_YEAR = 9999;

    public IndicatorsView of(Integer year, UUID cohortId) {
        // The cost follows the scope, not the tables: candidates are found by cohort (candidate_cohort) or by the cohorts starting in the
        // year (cohort_start_date, a start_date range rather than extract(year), which no index serves); each one's registration and CCPs
        // are then index-only probes (registration_candidate_status, V6; ccp_held's primary key). A join on pre-aggregated
        // ccp_held / registration would read both tables whole on every call, whatever the scope.
        boolean range = year != null && year >= FIRST_YEAR && year <= LAST_YEAR;
        String sql = "select"
                + " count(*) filter (where exists (select 1 from registration r where r.candidate_id = c.candidate_id and r.status = :resulted)),"
                + " count(*) filter (where (select count(*) from ccp_held h where h.candidate_id = c.candidate_id) = (select count(*) from ccp_reference)),"
                + " count(*),"
                + " count(*) filter (where c.withdrawn_on is not null),"
                + " coalesce(sum(c.contracts_signed), 0),"
                + " coalesce(sum(c.contracts_terminated), 0)"
                + " from candidate c"
                + (year != null ? " join cohort k on k.id = c.cohort_id" : "")
                + " where c.enrolled_on is not null"
                + (cohortId != null ? " and c.cohort_id = :cohort" : "")
                + (range ? " and k.start_date >= :from and k.start_date < :until" : "")
                // a year no date range can bound the same way (BC years are numbered differently): the former filter, as exact
                + (year != null && !range ? " and extract(year from k.start_date) = :year" : "");
        Query q = em.createNativeQuery(sql).setParameter("resulted", RegistrationStatus.RESULTED.name());
        if (cohortId != null) q.setParameter("cohort", cohortId);
        if (range) {
            q.setParameter("from", LocalDate.of(year, 1, 1));
            q.setParameter("until", LocalDate.of(year + 1, 1, 1));
        } else if (year != null) {
            q.setParameter("year", year);
        }
        Object[] row = (Object[]) q.getSingleResult();
        long sat = number(row[0]), obtained = number(row[1]), enrolled = number(row[2]), withdrawn = number(row[3]);
        long signed = number(row[4]), terminated = number(row[5]);
        return new IndicatorsView(year, cohortId, rate(obtained, sat), rate(withdrawn, enrolled), rate(terminated, signed));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A withheld rate carries no figures at all: with a small group even the counts tell the rate (1 of 1 is 100 %). */
    private RateView rate(long numerator, long denominator) {
        if (denominator < config.minimumDenominator()) return RateView.WITHHELD;
        return new RateView(numerator, denominator, Math.round(numerator * 1000.0 / denominator) / 10.0, false);
    }
}
