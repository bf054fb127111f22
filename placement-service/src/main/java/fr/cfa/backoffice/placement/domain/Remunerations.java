package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.AidEstimateView;
import fr.cfa.backoffice.placement.api.RemunerationView;
import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.rules.ApprenticePay;
import fr.cfa.backoffice.placement.domain.rules.EmployerAid;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.placement.persistence.ApprenticePayRateRepository;
import fr.cfa.backoffice.placement.persistence.EmployerAidAmountRepository;
import fr.cfa.backoffice.placement.persistence.SmcRateRepository;
import fr.cfa.backoffice.placement.persistence.SmicRateRepository;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The apprentice's minimum pay and the employer aid estimate, from a contract and the dated reference data. */
@ApplicationScoped
public class Remunerations {
    @Inject
    Contracts contracts;

    @Inject
    EmployerRepository employers;

    @Inject
    LearnerRepository learners;

    @Inject
    ApprenticePayRateRepository payGrid;

    @Inject
    SmicRateRepository smic;

    @Inject
    SmcRateRepository smc;

    @Inject
    EmployerAidAmountRepository aidAmounts;

    @Inject
    PlacementRules rules;

    @Inject
    PlacementConfig config;

    /** Staff, or the contract's employer (another employer's contract answers 404); a draft too, so the pay is known before signing. */
    public RemunerationView remuneration(UUID id, Caller caller) {
        ContractEntity c = contracts.owned(id, caller);
        List<ApprenticePay.PayPeriod> periods = periods(c).orElseThrow(() -> new ConflictException("birth-date-unknown",
                "The apprentice's birth date is not known (the learner was erased, or admissions has not told placement yet): the "
                        + "minimum pay depends on it", Map.of()));
        return view(c, periods);
    }

    /** The pay periods to the contract's end (its termination when terminated); empty when the apprentice's birth date is unknown. */
    Optional<List<ApprenticePay.PayPeriod>> periods(ContractEntity c) {
        LearnerEntity learner = learners.findById(c.candidateId);
        if (learner == null || learner.birthDate == null) return Optional.empty();
        EmployerEntity employer = employers.findById(c.employerId);
        LocalDate end = c.terminatedOn != null && c.terminatedOn.isBefore(c.endDate) ? c.terminatedOn : c.endDate;
        return Optional.of(rules.apprenticePay().periods(learner.birthDate, c.startDate, end, c.weeklyHours, employer.sector == Sector.PUBLIC,
                grid(), smic.listAll().stream().map(s -> new ApprenticePay.Amount(s.validFrom, s.monthlyFor35Hours)).toList(),
                smc.list("idcc", employer.idcc).stream().map(s -> new ApprenticePay.Amount(s.validFrom, s.monthlyFor35Hours)).toList()));
    }

    static RemunerationView view(ContractEntity c, List<ApprenticePay.PayPeriod> periods) {
        List<RemunerationView.Period> views = periods.stream()
                .map(p -> new RemunerationView.Period(p.from(), p.to(), p.contractYear(), p.ageBracket(), p.ageBracketTo(), p.percent(), p.base(),
                        p.baseMonthlyFor35Hours(), p.monthlyGross()))
                .toList();
        return new RemunerationView(c.id, c.startDate, periods.get(periods.size() - 1).to(), c.weeklyHours, periods.get(0).monthlyGross(), views);
    }

    /**
     * The aid the employer may claim, for a signed contract: the amount for its conclusion (signature) date, start, headcount and
     * the title's level. Never the RQTH amount.
     */
    AidEstimateView aid(ContractEntity c, EmployerEntity employer) {
        String note = config.aid().mayBeHigherNote();
        if (employer.sector == Sector.PUBLIC && !config.aid().publicEmployersEligible()) {
            return new AidEstimateView(AidStatus.NOT_ESTABLISHED, null, "Whether a public employer may claim the aid is not established "
                    + "(setting placement.aid.public-employers-eligible)", null, null, note);
        }
        LocalDate concludedOn = c.signatureDate != null ? c.signatureDate : c.signedAt.toLocalDate();
        int level = config.training().level();
        if (employer.headcount == null) {
            return new AidEstimateView(AidStatus.NONE, null, "The employer's headcount is not recorded (PUT /employers/{id}/cerfa)", null, null, note);
        }
        String basis = "Contract concluded on " + concludedOn + ", starting on " + c.startDate + "; employer of " + employer.headcount
                + " staff; diploma level " + level;
        return EmployerAid.applicable(aidAmounts.list("order by id").stream()
                        .map(a -> new EmployerAid.Amount(a.concludedFrom, a.concludedUntil, a.startsBefore, a.minHeadcount, a.maxHeadcount, a.minLevel,
                                a.maxLevel, a.amount, a.decree, a.conditions))
                        .toList(), concludedOn, c.startDate, employer.headcount, level)
                .map(a -> new AidEstimateView(AidStatus.ESTIMATED, a.amount(), basis, a.decree(), a.conditions(), note))
                .orElseGet(() -> new AidEstimateView(AidStatus.NONE, null, basis + ": no aid amount in force applies", null, null, note));
    }

    private List<ApprenticePay.Rate> grid() {
        return payGrid.listAll().stream().map(r -> new ApprenticePay.Rate(r.validFrom, r.minAge, r.contractYear, r.percent)).toList();
    }
}
