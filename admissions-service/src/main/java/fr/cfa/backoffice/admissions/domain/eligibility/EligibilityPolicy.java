package fr.cfa.backoffice.admissions.domain.eligibility;

import fr.cfa.backoffice.admissions.config.AdmissionsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Evaluates every admission rule and keeps every failure, so a candidate learns all that is missing at once. */
@ApplicationScoped
public class EligibilityPolicy {
    private final List<EligibilityRule> rules;

    @Inject
    public EligibilityPolicy(AdmissionsConfig config) {
        this(List.of(new AgeRule(config.minimumAge(), config.maximumAge()),
                new PriorLevelRule(config.minimumRelevantExperienceMonths())));
    }

    public EligibilityPolicy(List<EligibilityRule> rules) {
        this.rules = rules;
    }

    public Eligibility evaluate(Applicant applicant, LocalDate cohortStart) {
        List<Ineligibility> reasons = rules.stream().map(rule -> rule.check(applicant, cohortStart))
                .flatMap(Optional::stream).toList();
        return new Eligibility(reasons.isEmpty(), cohortStart, reasons);
    }
}
