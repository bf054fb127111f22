package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.admissions.domain.CohortCatalogue;
import fr.cfa.backoffice.platform.events.EventInbox;
import fr.cfa.backoffice.platform.events.EventRouter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes curriculum.cohorts into the cohorts read model, each event once in effect. */
@ApplicationScoped
public class CohortEventsConsumer {
    static final String CONSUMER = "cohorts-read-model";
    /** The curriculum.cohorts events applied (curriculum's types; tests check them against its events contract). */
    static final String COHORT_SCHEDULED = "CohortScheduled";
    static final String COHORT_UPDATED = "CohortUpdated";
    static final int VERSION_READ = 1;

    @Inject
    EventInbox inbox;

    @Inject
    CohortCatalogue catalogue;

    private final EventRouter router = EventRouter.create()
            .on(COHORT_SCHEDULED, VERSION_READ, CohortAnnouncementV1.class, (event, data) -> catalogue.record(data.toFacts(), event.id()))
            .on(COHORT_UPDATED, VERSION_READ, CohortAnnouncementV1.class, (event, data) -> catalogue.record(data.toFacts(), event.id()));

    @Incoming("curriculum-cohorts")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, router);
    }
}
