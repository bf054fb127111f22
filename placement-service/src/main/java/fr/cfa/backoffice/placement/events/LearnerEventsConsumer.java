package fr.cfa.backoffice.placement.events;

import fr.cfa.backoffice.placement.domain.Learners;
import fr.cfa.backoffice.platform.events.EventInbox;
import fr.cfa.backoffice.platform.events.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the placeable learners from admissions' and curriculum's events, each once in effect. */
@ApplicationScoped
public class LearnerEventsConsumer {
    static final String CONSUMER = "placeable-learners";

    @Inject
    EventInbox inbox;

    @Inject
    Learners learners;

    private final EventRouter router = EventRouter.create()
            .on(CandidateAdmittedV1.NAME, CandidateAdmittedV1.VERSION, CandidateAdmittedV1.class, (event, e) -> learners.admitted(new Learners.Admitted(e.candidateId(), e.cohortId(),
                    e.firstName(), e.lastName(), e.birthDate(), e.email(), e.phone(), e.admittedAt())))
            .on(CandidateErasedV1.NAME, CandidateErasedV1.VERSION, CandidateErasedV1.class, (event, e) -> learners.erased(e.candidateId()))
            .on(LearnerWithdrawnV1.NAME, LearnerWithdrawnV1.VERSION, LearnerWithdrawnV1.class, (event, e) -> learners.withdrawn(e.candidateId()));

    /** One inbox for every topic it reads: the placeable learners; each event applied once, in its effect's transaction. */
    @Incoming("admissions-applications")
    @Incoming("curriculum-learners")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, router);
    }
}
