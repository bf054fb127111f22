package fr.cfa.backoffice.certification.events;

import fr.cfa.backoffice.certification.domain.Candidates;
import fr.cfa.backoffice.platform.events.EventInbox;
import fr.cfa.backoffice.platform.events.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows each candidate towards the exam from admissions', curriculum's and placement's events, each once in effect. */
@ApplicationScoped
public class CertificationEventsConsumer {
    static final String CONSUMER = "candidate-path";
    /** The events applied, by the producers' names (tests check them against their events contracts). */
    static final String CANDIDATE_ADMITTED = "CandidateAdmitted", CANDIDATE_ERASED = "CandidateErased";
    static final String LEARNER_ENROLLED = "LearnerEnrolled", TRAINING_COMPLETED = "TrainingCompleted", LEARNER_WITHDRAWN = "LearnerWithdrawn";
    static final String CONTRACT_SIGNED = "ContractSigned", CONTRACT_TERMINATED = "ContractTerminated", EMPLOYER_PERIOD_COMPLETED = "EmployerPeriodCompleted";
    static final int VERSION_READ = 1;
    /** ContractSigned: placement publishes v2 (v1 plus employerSiret); v1 stays in the topic's history. One reader, one handler for both. */
    static final int CONTRACT_SIGNED_V1 = 1, CONTRACT_SIGNED_V2 = 2;

    @Inject
    EventInbox inbox;

    @Inject
    Candidates candidates;

    private final EventRouter router = EventRouter.create()
            .on(CANDIDATE_ADMITTED, VERSION_READ, CandidateAdmittedV1.class, (ev, e) -> candidates.admitted(e.candidateId(), e.cohortId(), e.firstName(), e.lastName()))
            .on(CANDIDATE_ERASED, VERSION_READ, CandidateErasedV1.class, (ev, e) -> candidates.erased(e.candidateId()))
            .on(LEARNER_ENROLLED, VERSION_READ, LearnerEnrolledV1.class, (ev, e) -> candidates.enrolled(e.candidateId(), e.cohortId(), e.enrolledOn()))
            .on(TRAINING_COMPLETED, VERSION_READ, TrainingCompletedV1.class, (ev, e) -> candidates.trainingCompleted(e.candidateId(), e.completedOn()))
            .on(LEARNER_WITHDRAWN, VERSION_READ, LearnerWithdrawnV1.class, (ev, e) -> candidates.withdrawn(e.candidateId(), e.withdrawnOn()))
            .on(CONTRACT_SIGNED, CONTRACT_SIGNED_V1, ContractSignedV1.class, (ev, e) -> candidates.contractSigned(e.candidateId()))
            .on(CONTRACT_SIGNED, CONTRACT_SIGNED_V2, ContractSignedV1.class, (ev, e) -> candidates.contractSigned(e.candidateId()))
            .on(CONTRACT_TERMINATED, VERSION_READ, ContractTerminatedV1.class, (ev, e) -> candidates.contractTerminated(e.candidateId()))
            .on(EMPLOYER_PERIOD_COMPLETED, VERSION_READ, EmployerPeriodCompletedV1.class, (ev, e) -> candidates.employerPeriodCompleted(e.candidateId(), e.completedOn()));

    /** One inbox for every topic it reads: each candidate's path to the exam; each event applied once, in its effect's transaction. */
    @Incoming("admissions-applications")
    @Incoming("curriculum-learners")
    @Incoming("placement-contracts")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, router);
    }
}
