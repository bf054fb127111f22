package fr.cfa.backoffice.admissions.domain;

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
import fr.cfa.backoffice.platform.time.NotInTheFuture;
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
 * The selection state machine (programme sheet: file review, then oral interview). Each step checks
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
    Clock clock;

    @Transactional
    public ApplicationEntity review(UUID id, ReviewOutcome outcome, String reason, Actor actor, Long expectedVersion) {
        ApplicationEntity application = load(id, expectedVersion);
        boolean allowed = outcome == ReviewOutcome.UNDER_REVIEW ? application.status == SelectionStatus.SUBMITTED : application.status.canReview();
        if (!allowed) throw new IllegalTransitionException("application", application.status, "review (" + outcome + ")");
        SelectionStatus to = switch (outcome) {
            case UNDER_REVIEW -> SelectionStatus.FILE_UNDER_REVIEW;
            case ACCEPTED_FOR_INTERVIEW -> SelectionStatus.FILE_ACCEPTED;
            case REJECTED -> SelectionStatus.FILE_REJECTED;
        };
        ApplicationHistory.step(clock, application, "REVIEW_" + outcome, to, actor, reason);
        return answered(application, actor, "review application");
    }

    @Transactional
    public ApplicationEntity scheduleInterview(UUID id, InterviewPlan plan, Actor actor, Long expectedVersion) {
        ApplicationEntity application = load(id, expectedVersion);
        if (!application.status.canScheduleInterview()) {
            throw new IllegalTransitionException("application", application.status, "schedule an interview for");
        }
        boolean moved = application.status == SelectionStatus.INTERVIEW_SCHEDULED;
        application.interviewAt = plan.at();
        application.interviewPlace = plan.place();
        application.interviewVideoLink = plan.videoLink();
        application.interviewers = new ArrayList<>(plan.interviewers());
        ApplicationHistory.step(clock, application, moved ? "INTERVIEW_RESCHEDULED" : "INTERVIEW_SCHEDULED", SelectionStatus.INTERVIEW_SCHEDULED, actor,
                "interview on " + plan.at() + (plan.place() != null ? " at " + plan.place() : " by video"));
        return answered(application, actor, "schedule interview");
    }

    @Transactional
    public ApplicationEntity recordInterview(UUID id, InterviewOutcome outcome, Actor actor, Long expectedVersion) {
        ApplicationEntity application = load(id, expectedVersion);
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
        ApplicationHistory.step(clock, application, "INTERVIEW_RECORDED", SelectionStatus.INTERVIEWED, actor,
                outcome.attended() ? "attended; recommendation " + outcome.recommendation() : "did not attend");
        return answered(application, actor, "record interview");
    }

    @Transactional
    public ApplicationEntity decide(UUID id, DecisionOutcome outcome, String reason, Actor actor, Long expectedVersion) {
        ApplicationEntity application = load(id, expectedVersion);
        if (!application.status.canDecide() || (application.status == SelectionStatus.WAITLISTED && outcome == DecisionOutcome.WAITLISTED)) {
            throw new IllegalTransitionException("application", application.status, "decide " + outcome + " on");
        }
        if (outcome == DecisionOutcome.REJECTED) {
            leaveWaitlist(application);
            ApplicationHistory.step(clock, application, "DECISION_REJECTED", SelectionStatus.REJECTED, actor, reason);
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
            ApplicationHistory.step(clock, application, "DECISION_WAITLISTED", SelectionStatus.WAITLISTED, actor, why);
        }
        return answered(application, actor, "decide application");
    }

    @Transactional
    public ApplicationEntity withdraw(UUID id, String reason, Actor actor, Long expectedVersion) {
        ApplicationEntity application = load(id, expectedVersion);
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
        ApplicationHistory.step(clock, application, ApplicationHistory.WITHDRAWN, SelectionStatus.WITHDRAWN, actor, reason);
        outbox.record(AdmissionsTopics.APPLICATIONS, application.candidateId.toString(), CandidateWithdrawnV1.NAME, CandidateWithdrawnV1.VERSION,
                new CandidateWithdrawnV1(application.candidateId, application.id, application.cohortId, previous.name(), OffsetDateTime.now(clock)));
        if (previous == SelectionStatus.ADMITTED) promoteFromWaitlist(cohort, application);
        return answered(application, actor, "withdraw application");
    }

    private ApplicationEntity answered(ApplicationEntity application, Actor actor, String operation) {
        audit.answered(application, actor, operation);
        return application;
    }

    /** A freed seat goes to the first on the waitlist, automatically. */
    private void promoteFromWaitlist(CohortEntity cohort, ApplicationEntity leaving) {
        if (applications.countInCohort(cohort.id, SelectionStatus.ADMITTED) >= cohort.capacity) return;
        applications.firstOnWaitlist(cohort.id).ifPresent(next -> {
            leaveWaitlist(next);
            admit(next, true, Actor.SYSTEM, "seat freed by the withdrawal of application " + leaving.id + "; first on the waitlist");
        });
    }

    private void admit(ApplicationEntity application, boolean fromWaitlist, Actor actor, String reason) {
        ApplicationHistory.step(clock, application, fromWaitlist ? "ADMITTED_FROM_WAITLIST" : "DECISION_ADMITTED", SelectionStatus.ADMITTED, actor, reason);
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

    /** An ineligible application cannot be admitted, nor waitlisted for a seat (programme admission rules). */
    private static void requireEligible(ApplicationEntity application) {
        if (!application.eligible) {
            throw new BusinessRuleViolationException("candidate-ineligible", "An ineligible application cannot be admitted: "
                    + String.join(", ", application.eligibilityReasons.stream().map(r -> r.code().name()).toList()),
                    Map.of("reasons", application.eligibilityReasons.stream().map(r -> r.code().name()).toList()));
        }
    }

    ApplicationEntity load(UUID id, Long expectedVersion) {
        ApplicationEntity application = applications.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("application", id));
        if (expectedVersion != null && application.version != expectedVersion) {
            throw new ConcurrentModificationException("application " + id, application.version, true);
        }
        return application;
    }
}
