package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.AidEstimateView;
import fr.cfa.backoffice.placement.api.ContractCerfaFields;
import fr.cfa.backoffice.placement.api.ContractView;
import fr.cfa.backoffice.placement.api.FilingView;
import fr.cfa.backoffice.placement.api.EmployerCerfaFields;
import fr.cfa.backoffice.placement.api.EmployerView;
import fr.cfa.backoffice.placement.api.EvaluationView;
import fr.cfa.backoffice.placement.api.LearnerView;
import fr.cfa.backoffice.placement.api.OfferView;
import fr.cfa.backoffice.placement.api.TerminationView;
import fr.cfa.backoffice.placement.api.TutorView;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EvaluationEntity;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import java.time.LocalDate;

/** The api views of placement's entities: entities never leave the domain. Reads no entity itself. */
final class Views {
    private Views() {}

    static EmployerView employer(EmployerEntity e) {
        return new EmployerView(e.id, e.legalName, e.siret, e.kind, e.sector, e.filingBody, e.opco, e.street, e.postalCode, e.city,
                e.contactName, e.contactEmail, e.contactPhone, new EmployerCerfaFields(e.typeCode, e.specificEmployerCode, e.nafCode, e.headcount, e.idcc),
                e.createdAt);
    }

    static TutorView tutor(TutorEntity t) {
        return new TutorView(t.id, t.employerId, t.firstName, t.lastName, t.email, t.diplomaTitle, t.diplomaLevel, t.diplomaRelevant,
                t.relevantExperienceMonths, t.jobTitle, t.birthDate);
    }

    static OfferView offer(OfferEntity o) {
        return new OfferView(o.id, o.employerId, o.title, o.place, o.zones, o.startDate, o.positions, o.positionsTaken, o.status);
    }

    /**
     * @param learner null when placement no longer knows the learner
     * @param today the suite's today, which decides whether an unfiled contract is overdue
     */
    static ContractView contract(ContractEntity c, LearnerEntity learner, LocalDate today) {
        return new ContractView(c.id, c.candidateId, learner == null ? null : learner.firstName, learner == null ? null : learner.lastName,
                c.cohortId, c.employerId, c.tutorId, c.offerId, c.startDate, c.endDate, c.weeklyHours, c.repeating, c.status, c.terminatedOn,
                c.terminationGround, c.terminationInitiator, c.terminationRecordedAt, c.terminationRecordedBy, c.periodCompleted, c.signedAt,
                cerfaFields(c), filing(c, today), termination(c));
    }

    /** Null unless terminated. */
    static TerminationView termination(ContractEntity c) {
        if (c.status != ContractStatus.TERMINATED) return null;
        return new TerminationView(c.terminatedOn, c.terminationGround, c.terminationInitiator, c.mediatorReferredOn, c.employerInformedOn,
                c.filingBodyInformedOn, c.cfaInformedOn, c.terminationRecordedAt, c.terminationRecordedBy);
    }

    static ContractCerfaFields cerfaFields(ContractEntity c) {
        return new ContractCerfaFields(c.mode, c.type, c.derogationCode, c.previousContractNumber, c.practicalTrainingStartDate, c.signatureDate,
                c.hazardousWork, c.secondTutorId, c.situationBefore, c.lastDiplomaOrClass, c.highestDiploma);
    }

    /** Null for a draft (not filed before it is signed). */
    static FilingView filing(ContractEntity c, LocalDate today) {
        return filing(c, today, null);
    }

    static FilingView filing(ContractEntity c, LocalDate today, AidEstimateView aid) {
        if (c.status == ContractStatus.DRAFT || c.filingBody == null) return null;
        return new FilingView(c.filingBody, c.filingBody == Sector.FilingBody.DDETS ? "CELIA" : "OPCO", c.filingRecipient, c.filingDueOn,
                filingStatus(c, today), c.filedOn, c.filingReference, c.filedOn != null && c.filingDueOn != null && c.filedOn.isAfter(c.filingDueOn),
                c.filingDecision, c.filingDecidedOn, c.filingRecordedBy, c.filingRecordedAt, aid);
    }

    static FilingStatus filingStatus(ContractEntity c, LocalDate today) {
        if (c.filingDecision != null) return c.filingDecision == FilingDecision.ACCEPTED ? FilingStatus.ACCEPTED : FilingStatus.REFUSED;
        if (c.filedOn != null) return FilingStatus.FILED;
        return c.filingDueOn != null && today.isAfter(c.filingDueOn) ? FilingStatus.OVERDUE : FilingStatus.TO_FILE;
    }

    /** Recorded when and by whom: the evaluation's own time and author. */
    static EvaluationView evaluation(EvaluationEntity e) {
        return new EvaluationView(e.id, e.contractId, e.periodFrom, e.periodTo, e.ratings, e.comments, e.finalReview, e.evaluatedBy, e.evaluatedAt,
                e.evaluatedAt, e.evaluatedBy);
    }

    /** @param cohort null until placement has heard of the learner's cohort */
    static LearnerView learner(LearnerEntity l, CohortEntity cohort, boolean underContract) {
        return new LearnerView(l.candidateId, l.cohortId, l.firstName, l.lastName, l.birthDate, l.email, l.phone,
                cohort == null ? null : cohort.startDate, cohort == null ? null : cohort.endDate, underContract);
    }
}
