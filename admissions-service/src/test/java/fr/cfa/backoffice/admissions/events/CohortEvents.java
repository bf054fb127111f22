package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** CloudEvents as curriculum-service publishes them on curriculum.cohorts (built from its contract's records). */
final class CohortEvents {
    static final String TOPIC = CurriculumTopics.COHORTS;

    private CohortEvents() {}

    static String scheduled(String eventId, UUID cohortId, String code, LocalDate start, int capacity) {
        CohortScheduledV1 data = new CohortScheduledV1(cohortId, code, start, start.plusWeeks(24).minusDays(1), capacity, "OPEN", null,
                List.of(start.plusWeeks(3)));
        return envelope(eventId, CohortScheduledV1.TYPE, cohortId, EventCodec.toTree(data).toString());
    }

    static String envelope(String eventId, String type, UUID subject, String data) {
        return KafkaTestClient.cloudEvent(eventId, "/curriculum-service", type, subject, data);
    }
}
