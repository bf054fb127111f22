package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import java.time.LocalDate;
import java.util.UUID;

/** CloudEvents as curriculum-service publishes them on curriculum.cohorts (see its CohortScheduledV1). */
final class CohortEvents {
    static final String TOPIC = "curriculum.cohorts";

    private CohortEvents() {}

    static String scheduled(String eventId, UUID cohortId, String code, LocalDate start, int capacity) {
        return envelope(eventId, "CohortScheduled.v1", cohortId,
                "{\"cohortId\":\"" + cohortId + "\",\"code\":\"" + code + "\",\"startDate\":\"" + start + "\",\"endDate\":\""
                        + start.plusWeeks(24).minusDays(1) + "\",\"capacity\":" + capacity + ",\"status\":\"OPEN\"}");
    }

    static String envelope(String eventId, String type, UUID subject, String data) {
        return KafkaTestClient.cloudEvent(eventId, "/curriculum-service", type, subject, data);
    }
}
