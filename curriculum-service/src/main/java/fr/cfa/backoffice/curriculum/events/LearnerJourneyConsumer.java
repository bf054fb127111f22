package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.domain.enrollment.Enrollments;
import fr.cfa.backoffice.platform.events.EventInbox;
import fr.cfa.backoffice.platform.events.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Moves enrollments with admissions', placement's and certification's events, each once in effect. */
@ApplicationScoped
public class LearnerJourneyConsumer {
    static final String CONSUMER = "learner-journey";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EventInbox inbox;

    @Inject
    Enrollments enrollments;

    private final EventRouter router = EventRouter.create()
            .on(AdmissionV1.NAME, AdmissionV1.VERSION, AdmissionV1.class, (event, e) -> enrollments.admitted(new Enrollments.Admission(
                    e.candidateId(), e.applicationId(), e.cohortId(), e.firstName(), e.lastName(), e.birthDate(), e.email(), e.phone(),
                    e.admittedAt().atZoneSameInstant(PARIS).toLocalDate())))
            .on(WithdrawalV1.NAME, WithdrawalV1.VERSION, WithdrawalV1.class,
                    (event, e) -> enrollments.withdrawn(e.candidateId(), e.withdrawnAt().atZoneSameInstant(PARIS).toLocalDate()))
            .on(ErasureV1.NAME, ErasureV1.VERSION, ErasureV1.class, (event, e) -> enrollments.erased(e.candidateId()))
            .on(SignedContractV1.NAME, SignedContractV1.VERSION, SignedContractV1.class, (event, e) -> enrollments.contractSigned(new Enrollments.SignedContract(
                    e.candidateId(), e.contractId(), e.startDate(), e.endDate(), null)))
            .on(SignedContractV2.NAME, SignedContractV2.VERSION, SignedContractV2.class, (event, e) -> enrollments.contractSigned(new Enrollments.SignedContract(
                    e.candidateId(), e.contractId(), e.startDate(), e.endDate(), e.employerSiret())))
            .on(TerminationV1.NAME, TerminationV1.VERSION, TerminationV1.class,
                    (event, e) -> enrollments.contractTerminated(e.candidateId(), e.contractId(), e.terminatedOn(), e.ground()))
            .on(CertificationResultV1.NAME, CertificationResultV1.VERSION, CertificationResultV1.class,
                    (event, e) -> enrollments.certificationResultPublished(e.candidateId(), e.outcome(),
                            e.publishedAt().atZoneSameInstant(PARIS).toLocalDate()));

    /** One inbox for every topic it reads: the learner's journey; each event applied once, in its effect's transaction. */
    @Incoming("admissions-applications")
    @Incoming("placement-contracts")
    @Incoming("certification-results")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, router);
    }
}
