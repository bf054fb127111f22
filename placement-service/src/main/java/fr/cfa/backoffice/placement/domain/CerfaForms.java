package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.CerfaView;
import fr.cfa.backoffice.placement.api.RemunerationView;
import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness;
import fr.cfa.backoffice.placement.domain.rules.ExamsEnd;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.placement.persistence.TutorRepository;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The CERFA FA13 form of a contract, field by field, from the employer, its tutors, the learner (placement's read model),
 * the contract, the centre's training reference data and the cohort. The disabled worker (RQTH) box is never filled.
 */
@ApplicationScoped
public class CerfaForms {
    @Inject
    Contracts contracts;

    @Inject
    Remunerations remunerations;

    @Inject
    EmployerRepository employers;

    @Inject
    TutorRepository tutors;

    @Inject
    LearnerRepository learners;

    @Inject
    CohortRepository cohorts;

    @Inject
    PlacementConfig config;

    /** Staff, or the contract's employer (another employer's contract answers 404). */
    public CerfaView cerfa(UUID id, Caller caller) {
        ContractEntity c = contracts.owned(id, caller);
        EmployerEntity e = employers.findById(c.employerId);
        TutorEntity first = tutors.findById(c.tutorId);
        TutorEntity second = c.secondTutorId == null ? null : tutors.findById(c.secondTutorId);
        LearnerEntity learner = learners.findById(c.candidateId);
        CohortEntity cohort = cohorts.findById(c.cohortId);
        List<String> missing = c.status == ContractStatus.DRAFT
                ? ContractFormCompleteness.missingFields(employerPart(e), tutorPart(first), second == null ? null : tutorPart(second),
                        apprenticePart(c, learner), contractPart(c))
                : List.of();
        List<CerfaView.Tutor> tutorViews = new ArrayList<>();
        tutorViews.add(tutor(first));
        if (second != null) tutorViews.add(tutor(second));
        PlacementConfig.Training t = config.training();
        RemunerationView pay = remunerations.periods(c).map(periods -> Remunerations.view(c, periods)).orElse(null);
        return new CerfaView(c.id, c.status, missing,
                new CerfaView.Employer(e.legalName, e.siret, e.sector, e.typeCode, e.specificEmployerCode, e.nafCode, e.headcount, e.idcc, e.street,
                        e.postalCode, e.city, e.contactPhone, e.contactEmail, e.opco),
                new CerfaView.Apprentice(learner == null ? null : learner.lastName, learner == null ? null : learner.firstName,
                        learner == null ? null : learner.birthDate, learner == null ? null : learner.email, learner == null ? null : learner.phone,
                        c.situationBefore, c.lastDiplomaOrClass, c.highestDiploma, null),
                tutorViews,
                new CerfaView.Contract(c.mode, c.type, c.derogationCode, c.previousContractNumber, c.startDate, c.practicalTrainingStartDate,
                        c.endDate, c.signatureDate, c.weeklyHours, c.hazardousWork, pay == null ? null : pay.startingMonthlyGross(),
                        pay == null ? List.of() : pay.periods()),
                new CerfaView.Training(false, t.cfaName().orElse(null), t.cfaSiret().orElse(null), t.cfaUai().orElse(null),
                        t.cfaAddress().orElse(null), t.rncpCode(), t.diplomaCode().orElse(null), t.title(), t.level(), cohort.startDate,
                        examsEnd(cohort), t.hours()));
    }

    /** The end of the exams: the contract window's and the form's ({@link ExamsEnd}). */
    static java.time.LocalDate examsEnd(CohortEntity cohort) {
        return ExamsEnd.of(cohort.examWeekStart, cohort.endDate);
    }

    private static CerfaView.Tutor tutor(TutorEntity t) {
        return new CerfaView.Tutor(t.lastName, t.firstName, t.birthDate, t.email, t.jobTitle, t.diplomaTitle, t.diplomaLevel);
    }

    static ContractFormCompleteness.EmployerPart employerPart(EmployerEntity e) {
        return new ContractFormCompleteness.EmployerPart(e.typeCode, e.specificEmployerCode, e.nafCode, e.headcount, e.idcc, e.street, e.postalCode,
                e.city, e.sector == Sector.PRIVATE, e.opco);
    }

    static ContractFormCompleteness.TutorPart tutorPart(TutorEntity t) {
        return new ContractFormCompleteness.TutorPart(t.jobTitle, t.diplomaLevel, t.diplomaTitle, t.birthDate);
    }

    static ContractFormCompleteness.ApprenticePart apprenticePart(ContractEntity c, LearnerEntity learner) {
        return new ContractFormCompleteness.ApprenticePart(learner == null ? null : learner.birthDate, c.situationBefore, c.lastDiplomaOrClass,
                c.highestDiploma);
    }

    static ContractFormCompleteness.ContractPart contractPart(ContractEntity c) {
        return new ContractFormCompleteness.ContractPart(c.mode, c.type, c.previousContractNumber, c.practicalTrainingStartDate, c.signatureDate,
                c.hazardousWork);
    }
}
