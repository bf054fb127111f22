package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.ContractCerfaFields;
import fr.cfa.backoffice.placement.api.ContractView;
import fr.cfa.backoffice.placement.api.EvaluationView;
import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.rules.ContractFormCompleteness;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import fr.cfa.backoffice.placement.domain.rules.Resignation;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.placement.events.contract.PlacementTopics;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EvaluationEntity;
import fr.cfa.backoffice.placement.persistence.EvaluationRepository;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.placement.persistence.OfferEntity;
import fr.cfa.backoffice.placement.persistence.OfferRepository;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.placement.persistence.TutorRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Apprenticeship contracts: signed within the legal window around the cycle, one active per learner,
 * within the tutor's capacity; terminated freely only during the first 45 days at the employer; the
 * employer period completes with the final evaluation once the cohort's employer weeks have elapsed. An evaluation
 * cannot cover days still to come and a termination is dated at most a notice ahead; both record when and by whom.
 */
@ApplicationScoped
public class Contracts {
    static final String RECORD_EVALUATION = "recordEvaluation";

    @Inject
    Employers employers;

    @Inject
    ContractRepository contracts;

    @Inject
    LearnerRepository learners;

    @Inject
    CohortRepository cohorts;

    @Inject
    TutorRepository tutors;

    @Inject
    OfferRepository offers;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    PlacementRules rules;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    PlacementConfig config;

    public record NewContract(UUID candidateId, UUID employerId, UUID tutorId, UUID offerId, LocalDate startDate, LocalDate endDate,
                              int weeklyHours, boolean repeating) {}

    public record Filing(LocalDate filedOn, String reference, FilingDecision decision, LocalDate decidedOn) {}

    /**
     * @param date the effective date
     * @param mediatorReferredOn a resignation's referral to the mediator, null when none
     * @param employerInformedOn a resignation's notice to the employer, null when none
     */
    public record Termination(LocalDate date, String initiator, FreeTermination.Ground ground, String reason, LocalDate mediatorReferredOn,
                              LocalDate employerInformedOn, LocalDate filingBodyInformedOn, LocalDate cfaInformedOn) {}

    public record Evaluation(LocalDate from, LocalDate to, Map<JobActivity, Rating> ratings, String comments, boolean finalReview) {}

    /**
     * Records a contract: a DRAFT when asked (the form may be incomplete; nothing is published), otherwise signed at once,
     * which is {@link #sign(UUID, ContractCerfaFields, Caller)} on a draft that never was.
     */
    @Transactional
    public ContractView create(NewContract request, ContractCerfaFields cerfa, boolean draft, Caller caller) {
        // locked: two signatures for one learner at once would both find no active contract, and the second would
        // break the one-active-contract index (a 500) instead of answering 409
        LearnerEntity learner = placeableLearner(request.candidateId());
        CohortEntity cohort = cohortOf(learner);
        EmployerEntity employer = employers.owned(request.employerId(), caller);
        TutorEntity tutor = tutorOf(employer, request.tutorId(), "tutorId");
        OfferEntity offer = request.offerId() == null ? null : openOffer(employer, request.offerId());
        ContractEntity c = new ContractEntity();
        c.id = UUID.randomUUID();
        c.candidateId = learner.candidateId;
        c.cohortId = cohort.id;
        c.employerId = employer.id;
        c.tutorId = tutor.id;
        c.offerId = offer == null ? null : offer.id;
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.weeklyHours = request.weeklyHours();
        c.repeating = request.repeating();
        setCerfa(c, employer, cerfa == null ? ContractCerfaFields.empty() : cerfa);
        c.status = ContractStatus.DRAFT;
        c.createdBy = caller.name();
        c.createdAt = OffsetDateTime.now(clock);
        if (draft) {
            c.draftUpdatedAt = c.createdAt;
            contracts.persist(c);
            return Views.contract(c, learner, LocalDate.now(clock));
        }
        signNow(c, learner, cohort, employer, tutor, offer, caller);
        contracts.persist(c);
        publishSigned(c, employer);
        return Views.contract(c, learner, LocalDate.now(clock));
    }

    /** Replaces a draft's part of the CERFA FA13 form; a signed contract's form is what was signed (409). */
    @Transactional
    public ContractView updateDraft(UUID id, ContractCerfaFields cerfa, Caller caller) {
        ContractEntity c = ownedForUpdate(id, caller);
        if (c.status != ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "edit the form of");
        setCerfa(c, employers.owned(c.employerId, caller), cerfa);
        c.draftUpdatedAt = OffsetDateTime.now(clock);
        return Views.contract(c, learners.findById(c.candidateId), LocalDate.now(clock));
    }

    /** Signs a draft, completed by the fields given (those not given keep the draft's): publishes ContractSigned. */
    @Transactional
    public ContractView sign(UUID id, ContractCerfaFields completion, Caller caller) {
        ContractEntity c = ownedForUpdate(id, caller);
        if (c.status != ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "sign");
        LearnerEntity learner = placeableLearner(c.candidateId);
        CohortEntity cohort = cohortOf(learner);
        EmployerEntity employer = employers.owned(c.employerId, caller);
        TutorEntity tutor = tutorOf(employer, c.tutorId, "tutorId");
        OfferEntity offer = c.offerId == null ? null : openOffer(employer, c.offerId);
        setCerfa(c, employer, Views.cerfaFields(c).overriddenBy(completion));
        signNow(c, learner, cohort, employer, tutor, offer, caller);
        publishSigned(c, employer);
        return Views.contract(c, learner, LocalDate.now(clock));
    }

    private void setCerfa(ContractEntity c, EmployerEntity employer, ContractCerfaFields f) {
        if (f.secondTutorId() != null) {
            if (f.secondTutorId().equals(c.tutorId)) {
                throw new InvalidParameterException("cerfa.secondTutorId", "must be another tutor than the first maître d'apprentissage");
            }
            tutorOf(employer, f.secondTutorId(), "cerfa.secondTutorId");
        }
        c.mode = f.mode();
        c.type = f.type();
        c.derogationCode = f.derogationCode();
        c.previousContractNumber = f.previousContractNumber();
        c.practicalTrainingStartDate = f.practicalTrainingStartDate();
        c.signatureDate = f.signatureDate();
        c.hazardousWork = f.hazardousWork();
        c.secondTutorId = f.secondTutorId();
        c.situationBefore = f.situationBefore();
        c.lastDiplomaOrClass = f.lastDiplomaOrClass();
        c.highestDiploma = f.highestDiploma();
    }

    /** The form complete, the legal window, one active contract per learner, the tutor's capacity; then ACTIVE. */
    private void signNow(ContractEntity c, LearnerEntity learner, CohortEntity cohort, EmployerEntity employer, TutorEntity tutor, OfferEntity offer,
                         Caller caller) {
        // locked like the first: two signatures naming the same second tutor apply one after the other
        TutorEntity second = c.secondTutorId == null ? null : tutors.findById(c.secondTutorId, LockModeType.PESSIMISTIC_WRITE);
        List<String> missing = ContractFormCompleteness.missingFields(CerfaForms.employerPart(employer), CerfaForms.tutorPart(tutor),
                second == null ? null : CerfaForms.tutorPart(second), CerfaForms.apprenticePart(c, learner), CerfaForms.contractPart(c));
        if (!missing.isEmpty()) throw new ContractFormIncompleteException(missing);
        NotInTheFuture.requireNotAfterToday("cerfa.signatureDate", c.signatureDate, clock);
        if (c.practicalTrainingStartDate.isBefore(c.startDate)) {
            throw new InvalidParameterException("cerfa.practicalTrainingStartDate", "must be on or after the contract's start (" + c.startDate + ")");
        }
        List<RuleViolation> violations = rules.contractWindow().check(c.startDate, c.endDate, cohort.startDate, cohort.endDate,
                CerfaForms.examsEnd(cohort));
        if (!violations.isEmpty()) Refusals.refuse(violations);
        if (contracts.count("candidateId = ?1 and status = ?2", learner.candidateId, ContractStatus.ACTIVE) > 0) {
            throw new ConflictException("learner-has-active-contract", "The learner already has an active contract", Map.of("candidateId", learner.candidateId.toString()));
        }
        checkCapacity(tutor, c);
        if (second != null) checkCapacity(second, c);
        c.status = ContractStatus.ACTIVE;
        c.signedBy = caller.name();
        c.signedAt = OffsetDateTime.now(clock);
        c.filingBody = employer.filingBody;
        c.filingRecipient = employer.filingBody == Sector.FilingBody.OPCO ? employer.opco : "DDETS";
        c.filingDueOn = rules.filingDeadline().dueOn(c.startDate);
        if (offer != null && ++offer.positionsTaken >= offer.positions) offer.status = OfferStatus.FILLED;
    }

    /** A maître d'apprentissage counts every active contract they supervise, as the first or the second one. */
    private void checkCapacity(TutorEntity tutor, ContractEntity c) {
        long apprentices = contracts.count("(tutorId = ?1 or secondTutorId = ?1) and status = ?2", tutor.id, ContractStatus.ACTIVE);
        long repeating = contracts.count("(tutorId = ?1 or secondTutorId = ?1) and status = ?2 and repeating = true", tutor.id, ContractStatus.ACTIVE);
        rules.tutorCapacity().check((int) apprentices, (int) repeating, c.repeating).ifPresent(Refusals::refuse);
    }

    private void publishSigned(ContractEntity c, EmployerEntity employer) {
        // v2 only (v1 is the topic's history): the SIRET of the employer's establishment, as registered (normalised, checked)
        outbox.record(PlacementTopics.CONTRACTS, c.candidateId.toString(), ContractSignedV2.NAME, ContractSignedV2.VERSION,
                new ContractSignedV2(c.id, c.candidateId, c.cohortId, c.employerId, employer.siret, c.startDate, c.endDate));
    }

    private LearnerEntity placeableLearner(UUID candidateId) {
        return learners.findByIdOptional(candidateId, LockModeType.PESSIMISTIC_WRITE)
                .filter(l -> !l.withdrawn && l.erasedAt == null)
                .orElseThrow(() -> new BusinessRuleViolationException("unknown-learner", "No placeable learner " + candidateId,
                        Map.of("candidateId", candidateId.toString())));
    }

    private CohortEntity cohortOf(LearnerEntity learner) {
        return cohorts.findByIdOptional(learner.cohortId).orElseThrow(() -> new BusinessRuleViolationException(
                "unknown-cohort", "The learner's cohort " + learner.cohortId + " is not known to placement yet"));
    }

    private TutorEntity tutorOf(EmployerEntity employer, UUID tutorId, String field) {
        return tutors.findByIdOptional(tutorId, LockModeType.PESSIMISTIC_WRITE) // one signature per tutor at a time
                .filter(t -> t.employerId.equals(employer.id))
                .orElseThrow(() -> new BusinessRuleViolationException("tutor-not-of-employer", "Tutor " + tutorId + " is not a tutor of this employer",
                        Map.of("field", field)));
    }

    private OfferEntity openOffer(EmployerEntity employer, UUID offerId) {
        return offers.findByIdOptional(offerId, LockModeType.PESSIMISTIC_WRITE)
                .filter(o -> o.employerId.equals(employer.id) && o.status == OfferStatus.OPEN)
                .orElseThrow(() -> new BusinessRuleViolationException("offer-not-open", "Offer " + offerId + " is not an open offer of this employer"));
    }

    /** Records the filing with the OPCO or the DDETS (CELIA), and its decision once known; who and when. */
    @Transactional
    public ContractView recordFiling(UUID id, Filing filing, Caller caller) {
        ContractEntity c = ownedForUpdate(id, caller);
        if (c.status == ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "file");
        NotInTheFuture.requireNotAfterToday("filedOn", filing.filedOn(), clock);
        if (filing.decision() != null && filing.decidedOn() == null) throw new InvalidParameterException("decidedOn", "is required with a decision");
        if (filing.decision() == null && filing.decidedOn() != null) throw new InvalidParameterException("decision", "is required with decidedOn");
        if (filing.decidedOn() != null) {
            NotInTheFuture.requireNotAfterToday("decidedOn", filing.decidedOn(), clock);
            if (filing.decidedOn().isBefore(filing.filedOn())) throw new InvalidParameterException("decidedOn", "must be on or after filedOn");
        }
        c.filedOn = filing.filedOn();
        c.filingReference = filing.reference();
        c.filingDecision = filing.decision();
        c.filingDecidedOn = filing.decidedOn();
        c.filingRecordedBy = caller.name();
        c.filingRecordedAt = OffsetDateTime.now(clock);
        return Views.contract(c, learners.findById(c.candidateId), LocalDate.now(clock));
    }

    /** The contract, if the caller is staff or its employer; otherwise "not found", so that its existence does not leak. */
    ContractEntity owned(UUID id, Caller caller) {
        ContractEntity c = contracts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("contract", id));
        caller.requireOwn(c.employerId, "contract", id);
        return c;
    }

    /** As {@link #owned}, locked: two edits of one contract at once apply one after the other, neither is lost. */
    private ContractEntity ownedForUpdate(UUID id, Caller caller) {
        ContractEntity c = contracts.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new ResourceNotFoundException("contract", id));
        caller.requireOwn(c.employerId, "contract", id);
        return c;
    }

    @Transactional
    public ContractView terminate(UUID id, Termination request, Caller caller) {
        ContractEntity c = owned(id, caller);
        if (c.status != ContractStatus.ACTIVE) throw new IllegalTransitionException("contract", c.status, "terminate");
        NotInTheFuture.requireAtMostDaysAhead("date", request.date(), config.termination().maxDaysAhead(), clock);
        NotInTheFuture.requireNotAfterToday("mediatorReferredOn", request.mediatorReferredOn(), clock);
        NotInTheFuture.requireNotAfterToday("employerInformedOn", request.employerInformedOn(), clock);
        NotInTheFuture.requireNotAfterToday("filingBodyInformedOn", request.filingBodyInformedOn(), clock);
        NotInTheFuture.requireNotAfterToday("cfaInformedOn", request.cfaInformedOn(), clock);
        if (request.date().isBefore(c.startDate)) {
            throw new BusinessRuleViolationException("termination-before-start", "A contract cannot end before it starts (" + c.startDate + ")");
        }
        CohortEntity cohort = cohorts.findById(c.cohortId);
        // placement records no absences at the employer yet: every day of the employer weeks counts as spent there
        List<LocalDate> absences = List.of();
        rules.freeTermination().check(request.ground(), cohort.employerWeekStarts, c.startDate, request.date(), absences).ifPresent(Refusals::refuse);
        List<RuleViolation> steps = rules.resignation().check(request.ground(),
                rules.freeTermination().withinFreeDays(cohort.employerWeekStarts, c.startDate, request.date(), absences),
                new Resignation.Steps(request.mediatorReferredOn(), request.employerInformedOn()), request.date());
        if (!steps.isEmpty()) Refusals.refuse(steps);
        c.status = ContractStatus.TERMINATED;
        c.terminatedOn = request.date();
        c.terminationGround = request.ground();
        c.terminationInitiator = request.initiator();
        c.terminationReason = request.reason();
        c.mediatorReferredOn = request.mediatorReferredOn();
        c.employerInformedOn = request.employerInformedOn();
        c.filingBodyInformedOn = request.filingBodyInformedOn();
        c.cfaInformedOn = request.cfaInformedOn();
        c.terminationRecordedAt = OffsetDateTime.now(clock);
        c.terminationRecordedBy = caller.name();
        outbox.record(PlacementTopics.CONTRACTS, c.candidateId.toString(), ContractTerminatedV1.NAME, ContractTerminatedV1.VERSION,
                new ContractTerminatedV1(c.id, c.candidateId, c.cohortId, c.employerId, c.terminatedOn, request.ground().name(), request.initiator()));
        return Views.contract(c, learners.findById(c.candidateId), LocalDate.now(clock));
    }

    /** With an idempotency key, a retry of the same request answers the evaluation the first one recorded. */
    @Transactional
    public Created<EvaluationView> evaluate(UUID contractId, Evaluation request, Caller caller, String idempotencyKey) {
        ContractEntity c = owned(contractId, caller);
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(caller, RECORD_EVALUATION, idempotencyKey, Map.of("contractId", c.id, "evaluation", request),
                UUID.randomUUID());
        if (claim.replayed()) return new Created<>(Views.evaluation(evaluations.findById(claim.resourceId())), true);
        if (c.status != ContractStatus.ACTIVE) throw new IllegalTransitionException("contract", c.status, "evaluate");
        // the weeks rated must have been worked: this is also what keeps the period from completing ahead of time
        NotInTheFuture.requireNotAfterToday("periodTo", request.to(), clock);
        EvaluationEntity e = new EvaluationEntity();
        e.id = claim.resourceId();
        e.contractId = c.id;
        e.periodFrom = request.from();
        e.periodTo = request.to();
        e.ratings = new EnumMap<>(request.ratings());
        e.comments = request.comments();
        e.finalReview = request.finalReview();
        e.evaluatedBy = caller.name();
        e.evaluatedAt = OffsetDateTime.now(clock);
        evaluations.persist(e);
        CohortEntity cohort = cohorts.findById(c.cohortId);
        LocalDate lastEmployerDay = cohort.employerWeekStarts.stream().max(Comparator.naturalOrder()).map(d -> d.plusDays(6)).orElse(cohort.endDate);
        if (request.finalReview() && !c.periodCompleted && !request.to().isBefore(lastEmployerDay)) {
            c.periodCompleted = true;
            outbox.record(PlacementTopics.CONTRACTS, c.candidateId.toString(), EmployerPeriodCompletedV1.NAME, EmployerPeriodCompletedV1.VERSION,
                    new EmployerPeriodCompletedV1(c.id, c.candidateId, c.cohortId, request.to()));
        }
        return new Created<>(Views.evaluation(e), false);
    }
}
