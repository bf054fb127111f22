package fr.cfa.backoffice.placement.events;

import fr.cfa.backoffice.placement.domain.CohortCatalogue;
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
    /** The curriculum.cohorts types read (both carry the cohort as it now is, read as {@link CohortAnnouncementV1}). */
    static final String SCHEDULED = "CohortScheduled";
    static final String UPDATED = "CohortUpdated";
    static final int VERSION = 1;

    @Inject
    EventInbox inbox;

    @Inject
    CohortCatalogue catalogue;

    private final EventRouter router = EventRouter.create()
            .on(SCHEDULED, VERSION, CohortAnnouncementV1.class, (event, data) -> catalogue.record(data.toFacts(), event.id()))
            .on(UPDATED, VERSION, CohortAnnouncementV1.class, (event, data) -> catalogue.record(data.toFacts(), event.id()));

    @Incoming("curriculum-cohorts")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, router);
    }
}
