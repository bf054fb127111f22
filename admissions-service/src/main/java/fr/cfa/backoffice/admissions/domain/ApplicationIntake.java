package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.ApplicationView;
import fr.cfa.backoffice.admissions.domain.eligibility.Eligibility;
import fr.cfa.backoffice.admissions.domain.eligibility.EligibilityPolicy;
import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.ApplicationSubmittedV1;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.admissions.persistence.CohortEntity;
import fr.cfa.backoffice.admissions.persistence.CohortRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Receives applications: checks the target cohort, evaluates eligibility, records, announces; a retry with the same Idempotency-Key answers the first. */
@ApplicationScoped
public class ApplicationIntake {
    /** The operation an Idempotency-Key of a submission is claimed for (the OpenAPI operationId). */
    static final String SUBMIT_APPLICATION = "submitApplication";

    @Inject
    ApplicationRepository applications;

    @Inject
    CohortRepository cohorts;

    @Inject
    EligibilityPolicy eligibility;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ApplicationDisclosure disclosure;

    @Inject
    ApplicationHistory history;

    @Inject
    SensitiveDataAudit audit;

    @Inject
    Clock clock;

    /** The stored application as its submitter may see it (and its version, the ETag), and whether this call replayed an earlier one. */
    public record Submission(Versioned<ApplicationView> application, boolean replayed) {}

    /**
     * Stores and announces the application; with an Idempotency-Key ({@code requestBody} is what the key's first
     * use must match), a retry by the same caller answers the first result.
     */
    @Transactional
    public Submission submit(NewApplication request, Caller actor, String idempotencyKey, Object requestBody) {
        // A key is the caller's own: its organisation, and its token's issuer and subject (a name alone may repeat across partners).
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(actor, SUBMIT_APPLICATION, idempotencyKey, requestBody, UUID.randomUUID());
        if (claim.replayed()) {
            ApplicationEntity first = applications.findById(claim.resourceId());
            audit.answered(first, actor, "submit application");
            return new Submission(ApplicationViews.versioned(first, actor, disclosure), true);
        }
        List<NewApplication.DocumentReceived> documents = request.documents() == null ? List.of() : request.documents();
        for (int i = 0; i < documents.size(); i++) {
            NotInTheFuture.requireNotAfterToday("documents[" + i + "].receivedOn", documents.get(i).receivedOn(), clock);
        }
        UUID id = claim.resourceId();
        CohortEntity cohort = recruitingCohort(request.cohortId());
        Eligibility evaluation = eligibility.evaluate(request.applicant(), cohort.startDate);

        ApplicationEntity application = new ApplicationEntity();
        application.id = id;
        application.candidateId = UUID.randomUUID();
        application.cohortId = cohort.id;
        application.channel = request.channel();
        application.prescriberId = request.prescriberId();
        application.submittedBy = actor.name();
        application.submittedAt = OffsetDateTime.now(clock);
        application.updatedAt = application.submittedAt;
        NewApplication.Person person = request.person();
        application.firstName = person.firstName();
        application.lastName = person.lastName();
        application.birthDate = person.birthDate();
        application.email = person.email();
        application.phone = person.phone();
        if (person.address() != null) {
            application.street = person.address().street();
            application.postalCode = person.address().postalCode();
            application.city = person.address().city();
        }
        if (request.qualification() != null) {
            application.qualificationLevel = request.qualification().level() == null ? null : request.qualification().level().rank();
            application.qualificationTitle = request.qualification().title();
            application.qualificationSocialField = request.qualification().socialField();
        }
        application.experiences = request.experiences() == null ? new ArrayList<>() : new ArrayList<>(request.experiences());
        application.documents = request.documents() == null ? new ArrayList<>() : new ArrayList<>(request.documents());
        application.rqth = request.rqth();
        application.rqthEvidenceReference = request.rqth() ? request.rqthEvidenceReference() : null;
        applyEligibility(application, evaluation);
        application.status = SelectionStatus.SUBMITTED;
        applications.persist(application);
        history.step(application, ApplicationHistory.SUBMITTED, SelectionStatus.SUBMITTED, actor,
                "received via " + request.channel() + (evaluation.eligible() ? "; eligible" : "; not eligible: " + codes(evaluation)));

        outbox.record(AdmissionsTopics.APPLICATIONS, application.candidateId.toString(), ApplicationSubmittedV1.NAME, ApplicationSubmittedV1.VERSION,
                new ApplicationSubmittedV1(application.candidateId, application.id, application.cohortId, application.channel.name(),
                        application.prescriberId, application.eligible, application.submittedAt));
        audit.answered(application, actor, "submit application");
        applications.flush(); // the answer's version (ETag) is the stored one
        return new Submission(ApplicationViews.versioned(application, actor, disclosure), false);
    }

    /** Re-evaluates against a (possibly moved) start date; records a history step when the outcome changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(ApplicationEntity application, LocalDate cohortStart) {
        Eligibility evaluation = eligibility.evaluate(application.applicant(), cohortStart);
        boolean changed = evaluation.eligible() != application.eligible;
        applyEligibility(application, evaluation);
        if (changed) {
            history.step(application, ApplicationHistory.ELIGIBILITY_REEVALUATED, application.status, ApplicationHistory.SYSTEM,
                    "cohort start moved to " + cohortStart + (evaluation.eligible() ? "; now eligible" : "; now not eligible: " + codes(evaluation)));
        }
    }

    static void applyEligibility(ApplicationEntity application, Eligibility evaluation) {
        application.eligible = evaluation.eligible();
        application.eligibilityReasons = new ArrayList<>(evaluation.reasons());
        application.eligibilityEvaluatedOn = evaluation.evaluatedAgainst();
    }

    private static String codes(Eligibility evaluation) {
        return String.join(", ", evaluation.reasons().stream().map(r -> r.code().name()).toList());
    }

    /** An application targets a cohort admissions knows, still open and not started (by the centre's today, in Paris). */
    CohortEntity recruitingCohort(UUID cohortId) {
        CohortEntity cohort = cohorts.findByIdOptional(cohortId).orElseThrow(() -> new BusinessRuleViolationException("unknown-cohort",
                "No cohort " + cohortId + " is known to admissions", Map.of("cohortId", String.valueOf(cohortId))));
        if (cohort.status != CohortStatus.OPEN || !cohort.startDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolationException("cohort-closed", "Cohort " + cohort.code + " no longer takes applications ("
                    + cohort.status + ", starts " + cohort.startDate + ")", Map.of("cohortId", cohortId.toString(), "cohortStatus", cohort.status.name()));
        }
        return cohort;
    }
}
