package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.config.CertificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.UUID;

/**
 * The outcomes a CFA publishes (Code du travail L6111-8), computed from events, per cohort and/or per year
 * of the cohort's start. A rate is withheld, figures included, when its denominator is under 20 (InserJeunes rule).
 * Erasure keeps the underlying facts, so the figures do not move.
 */
@ApplicationScoped
public class Indicators {
    @Inject
    EntityManager em;

    @Inject
    CertificationConfig config;

    /** A withheld rate carries no figures at all: with a small group even the counts tell the rate (1 of 1 is 100 %). */
    public record Rate(Long numerator, Long denominator, Double percent, boolean withheld) {
        static final Rate WITHHELD = new Rate(null, null, null, true);
    }

    public record Figures(Integer year, UUID cohortId, Rate success, Rate dropOut, Rate contractTermination) {}

    public Figures of(Integer year, UUID cohortId) {
        String scope = " from candidate c left join cohort k on k.id = c.cohort_id where c.enrolled_on is not null"
                + (cohortId != null ? " and c.cohort_id = :cohort" : "")
                + (year != null ? " and extract(year from k.start_date) = :year" : "");
        long ccpCount = ((Number) em.createNativeQuery("select count(*) from ccp_reference").getSingleResult()).longValue();
        long sat = count("select count(*)" + scope + " and exists (select 1 from registration r where r.candidate_id = c.candidate_id and r.status = 'RESULTED')", year, cohortId);
        long obtained = count("select count(*)" + scope + " and (select count(*) from ccp_held h where h.candidate_id = c.candidate_id) = " + ccpCount, year, cohortId);
        long enrolled = count("select count(*)" + scope, year, cohortId);
        long withdrawn = count("select count(*)" + scope + " and c.withdrawn_on is not null", year, cohortId);
        long signed = count("select coalesce(sum(c.contracts_signed), 0)" + scope, year, cohortId);
        long terminated = count("select coalesce(sum(c.contracts_terminated), 0)" + scope, year, cohortId);
        return new Figures(year, cohortId, rate(obtained, sat), rate(withdrawn, enrolled), rate(terminated, signed));
    }

    private long count(String sql, Integer year, UUID cohortId) {
        Query q = em.createNativeQuery(sql);
        if (cohortId != null) q.setParameter("cohort", cohortId);
        if (year != null) q.setParameter("year", year);
        return ((Number) q.getSingleResult()).longValue();
    }

    private Rate rate(long numerator, long denominator) {
        if (denominator < config.minimumDenominator()) return Rate.WITHHELD;
        return new Rate(numerator, denominator, Math.round(numerator * 1000.0 / denominator) / 10.0, false);
    }
}
