package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.ApplicationView;
import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.admissions.persistence.CohortEntity;
import fr.cfa.backoffice.admissions.persistence.CohortRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConcurrentModificationException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

/**
 * The selection state machine (docs/rules.md, "Admission", selection: file review, then oral interview). Each step checks
 * the current status, records who/when/why, and publishes what other services must know.
 * Admission decisions lock the cohort so its capacity holds under concurrent decisions. Each step answers the
 * application to its actor, and that answer is audit-logged when it carries RQTH data.
 */
@ApplicationScoped
public class SelectionWorkflow {
    @Inject
    ApplicationRepository applications;

    @Inject
    CohortRepository cohorts;

    @Inject
    Outbox outbox;

    @Inject
    SensitiveDataAudit audit;

    @Inject
    ApplicationHistory history;

    @Inject
    ApplicationDisclosure disclosure;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<ApplicationView> review(UUID id, ReviewOutcome outcome, String reason, Caller actor, Long expectedVersion) {
        ApplicationEntity application = load(id, actor, expectedVersion);
        boolean allowed = outcome == ReviewOutcome.UNDER_REVIEW ? application.status == SelectionStatus.SUBMITTED : application.status.canReview();
        if (!allowed) throw new IllegalTransitionException("application", application.status, "review (" + outcome + ")");
        SelectionStatus to = switch (outcome) {
            case UNDER_REVIEW -> SelectionStatus.FILE_UNDER_REVIEW;
            case ACCEPTED_FOR_INTERVIEW -> SelectionStatus.FILE_ACCEPTED;
            case REJECTED -> SelectionStatus.FILE_REJECTED;
        };
        history.step(application, "REVIEW_" + outcome, to, actor, reason);
        return answered(application, actor, "review application");
    }

    @Transactional
    public Versioned<ApplicationView> scheduleInterview(UUID id, InterviewPlan plan, Caller actor, Long expectedVersion) {
        ApplicationEntity application = load(id, actor, expectedVersion);
        if (!application.status.canScheduleInterview()) {
            throw new IllegalTransitionException("application", application.status, "schedule an interview for");
        }
        boolean moved = application.status == SelectionStatus.INTERVIEW_SCHEDULED;
        application.interviewAt = plan.at();
        application.interviewPlace = plan.place();
        application.interviewVideoLink = plan.videoLink();
        application.interviewers = new ArrayList<>(plan.interviewers());
        history.step(application, moved ? "INTERVIEW_RESCHEDULED" : "INTERVIEW_SCHEDULED", SelectionStatus.INTERVIEW_SCHEDULED, actor,
                "interview on " + plan.at() + (plan.place() != null ? " at " + plan.place() : " by video"));
        return answered(application, actor, "schedule interview");
    }

    @Transactional
    public Versioned<ApplicationView> recordInterview(UUID id, InterviewOutcome outcome, Caller actor, Long expectedVersion) {
        ApplicationEntity application = load(id, actor, expectedVersion);
        if (!application.status.canRecordInterview()) {
            throw new IllegalTransitionException("application", application.status, "record the interview of");
        }
        // Attendance and scores are facts of the interview: not known before it starts.
        if (application.interviewAt.isAfter(OffsetDateTime.now(clock))) {
            throw new NotInTheFuture.DateInFutureException("interview.at", "the interview takes place at "
                    + application.interviewAt.atZoneSameInstant(clock.getZone()).toOffsetDateTime() + "; its outcome can be recorded from then");
        }
        application.interviewAttended = outcome.attended();
        application.scoreMotivation = outcome.motivation();
        application.scoreJobUnderstanding = outcome.jobUnderstanding();
        application.scoreCommunication = outcome.communication();
        application.scoreProject = outcome.project();
        application.interviewRecommendation = outcome.recommendation();
        application.interviewNotes = outcome.notes();
        application.interviewRecordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as stored: the answer shows what is kept
        application.interviewRecordedBy = actor.name();
        history.step(application, "INTERVIEW_RECORDED", SelectionStatus.INTERVIEWED, actor,
                outcome.attended() ? "attended; recommendation " + outcome.recommendation() : "did not attend");
        return answered(application, actor, "record interview");
    }

    @Transactional
    public Versioned<ApplicationView> decide(UUID id, DecisionOutcome outcome, String reason, Caller actor, Long expectedVersion) {
        ApplicationEntity application = load(id, actor, expectedVersion);
        if (!application.status.canDecide() || (application.status == SelectionStatus.WAITLISTED && outcome == DecisionOutcome.WAITLISTED)) {
            throw new IllegalTransitionException("application", application.status, "decide " + outcome + " on");
        }
        if (outcome == DecisionOutcome.REJECTED) {
            leaveWaitlist(application);
            history.step(application, "DECISION_REJECTED", SelectionStatus.REJECTED, actor, reason);
            return answered(application, actor, "decide application");
        }
        requireEligible(application);
        CohortEntity cohort = cohorts.lockForAdmission(application.cohortId)
                .orElseThrow(() -> new ResourceNotFoundException("cohort", application.cohortId));
        long admitted = applications.countInCohort(cohort.id, SelectionStatus.ADMITTED);
        if (outcome == DecisionOutcome.ADMITTED && admitted < cohort.capacity) {
            boolean fromWaitlist = application.status == SelectionStatus.WAITLISTED;
            leaveWaitlist(application);
            admit(application, fromWaitlist, actor, reason);
        } else if (application.status == SelectionStatus.WAITLISTED) {
            throw new BusinessRuleViolationException("cohort-full", "Cohort " + cohort.code + " has no seat left (" + cohort.capacity + " admitted)",
                    Map.of("capacity", cohort.capacity, "waitlistRank", application.waitlistRank));
        } else {
            application.waitlistRank = applications.nextWaitlistRank(cohort.id);
            String why = outcome == DecisionOutcome.ADMITTED
                    ? "capacity of " + cohort.capacity + " reached; waitlisted at rank " + application.waitlistRank
                    : reason + " (rank " + application.waitlistRank + ")";
            history.step(application, "DECISION_WAITLISTED", SelectionStatus.WAITLISTED, actor, why);
        }
        return answered(application, actor, "decide application");
    }

    @Transactional
    public Versioned<ApplicationView> withdraw(UUID id, String reason, Caller actor, Long expectedVersion) {
        ApplicationEntity application = load(id, actor, expectedVersion); // a prescriber may withdraw only its own
        if (!application.status.canWithdraw()) {
            throw new IllegalTransitionException("application", application.status, "withdraw");
        }
        CohortEntity cohort = cohorts.lockForAdmission(application.cohortId)
                .orElseThrow(() -> new ResourceNotFoundException("cohort", application.cohortId));
        if (!LocalDate.now(clock).isBefore(cohort.startDate)) { // the centre's today, in Paris
            throw new BusinessRuleViolationException("cohort-already-started", "Withdrawal is possible until the cohort starts ("
                    + cohort.startDate + "); after that it is an abandonment recorded by curriculum", Map.of("cohortStart", cohort.startDate.toString()));
        }
        SelectionStatus previous = application.status;
        leaveWaitlist(application);
        history.step(application, ApplicationHistory.WITHDRAWN, SelectionStatus.WITHDRAWN, actor, reason);
        outbox.record(AdmissionsTopics.APPLICATIONS, application.candidateId.toString(), CandidateWithdrawnV1.NAME, CandidateWithdrawnV1.VERSION,
                new CandidateWithdrawnV1(application.candidateId, application.id, application.cohortId, previous.name(), OffsetDateTime.now(clock)));
        if (previous == SelectionStatus.ADMITTED) promoteFromWaitlist(cohort, application);
        return answered(application, actor, "withdraw application");
    }

    /** The application after the step, as its actor may see it, with the version the step stored (its ETag). */
    private Versioned<ApplicationView> answered(ApplicationEntity application, Caller actor, String operation) {
        audit.answered(application, actor, operation);
        applications.flush();
        return ApplicationViews.versioned(application, actor, disclosure);
    }

    /** A freed seat goes to the first on the waitlist, automatically. */
    private void promoteFromWaitlist(CohortEntity cohort, ApplicationEntity leaving) {
        if (applications.countInCohort(cohort.id, SelectionStatus.ADMITTED) >= cohort.capacity) return;
        applications.firstOnWaitlist(cohort.id).ifPresent(next -> {
            leaveWaitlist(next);
            admit(next, true, ApplicationHistory.SYSTEM, "seat freed by the withdrawal of application " + leaving.id + "; first on the waitlist");
        });
    }

    private void admit(ApplicationEntity application, boolean fromWaitlist, Caller actor, String reason) {
        history.step(application, fromWaitlist ? "ADMITTED_FROM_WAITLIST" : "DECISION_ADMITTED", SelectionStatus.ADMITTED, actor, reason);
        outbox.record(AdmissionsTopics.APPLICATIONS, application.candidateId.toString(), CandidateAdmittedV1.NAME, CandidateAdmittedV1.VERSION,
                new CandidateAdmittedV1(application.candidateId, application.id, application.cohortId, application.firstName, application.lastName,
                        application.birthDate, application.email, application.phone, fromWaitlist, OffsetDateTime.now(clock)));
    }

    private void leaveWaitlist(ApplicationEntity application) {
        if (application.status == SelectionStatus.WAITLISTED && application.waitlistRank != null) {
            int rank = application.waitlistRank;
            application.waitlistRank = null;
            applications.flush();
            applications.moveWaitlistUp(application.cohortId, rank);
        }
    }

    /** An ineligible application cannot be admitted, nor waitlisted for a seat (docs/rules.md, "Admission": an ineligible application is stored, never admitted). */
    private static void requireEligible(ApplicationEntity application) {
        if (!application.eligible) {
            throw new BusinessRuleViolationException("candidate-ineligible", "An ineligible application cannot be admitted: "
                    + String.join(", ", application.eligibilityReasons.stream().map(r -> r.code().name()).toList()),
                    Map.of("reasons", application.eligibilityReasons.stream().map(r -> r.code().name()).toList()));
        }
    }

    /** The application, if {@code actor} may reach it (a prescriber only its own: 404 otherwise), at the version it expects. */
    ApplicationEntity load(UUID id, Caller actor, Long expectedVersion) {
        ApplicationEntity application = applications.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("application", id));
        actor.requireOwn(application.prescriberId, "application", id);
        if (expectedVersion != null && application.version != expectedVersion) {
            throw new ConcurrentModificationException("application " + id, application.version, true);
        }
        return application;
    }
}
