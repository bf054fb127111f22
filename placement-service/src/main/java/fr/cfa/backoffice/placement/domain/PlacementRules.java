package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.rules.ApprenticePay;
import fr.cfa.backoffice.placement.domain.rules.ContractWindow;
import fr.cfa.backoffice.placement.domain.rules.FilingDeadline;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import fr.cfa.backoffice.placement.domain.rules.Resignation;
import fr.cfa.backoffice.placement.domain.rules.TutorCapacity;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The legal rules of placement, built once with the thresholds of {@link PlacementConfig} (the law's values by default). */
@ApplicationScoped
public class PlacementRules {
    private final ContractWindow contractWindow;
    private final TutorCapacity tutorCapacity;
    private final FreeTermination freeTermination;
    private final Resignation resignation;
    private final TutorQualification tutorQualification;
    private final FilingDeadline filingDeadline;
    private final ApprenticePay apprenticePay;

    @Inject
    public PlacementRules(PlacementConfig config) {
        PlacementConfig.ContractWindow window = config.contractWindow();
        contractWindow = new ContractWindow(window.monthsBeforeCycleStart(), window.monthsAfterCycleStart(), window.monthsAfterExamsEnd());
        tutorCapacity = new TutorCapacity(config.tutorCapacity().maxApprentices(), config.tutorCapacity().extraRepeating());
        freeTermination = new FreeTermination(config.freeTermination().freeDays());
        resignation = new Resignation(config.resignation().daysAfterReferral(), config.resignation().daysAfterNotice());
        PlacementConfig.TutorQualification qualification = config.tutorQualification();
        tutorQualification = new TutorQualification(qualification.programmeLevel(), qualification.monthsWithDiploma(),
                qualification.monthsWithoutDiploma());
        filingDeadline = new FilingDeadline(config.filing().daysAfterStart());
        apprenticePay = new ApprenticePay(config.pay().smcFromAge(), config.pay().publicEmployerExtraPoints());
    }

    public FilingDeadline filingDeadline() {
        return filingDeadline;
    }

    public ContractWindow contractWindow() {
        return contractWindow;
    }

    public TutorCapacity tutorCapacity() {
        return tutorCapacity;
    }

    public FreeTermination freeTermination() {
        return freeTermination;
    }

    public Resignation resignation() {
        return resignation;
    }

    public TutorQualification tutorQualification() {
        return tutorQualification;
    }

    public ApprenticePay apprenticePay() {
        return apprenticePay;
    }
}
