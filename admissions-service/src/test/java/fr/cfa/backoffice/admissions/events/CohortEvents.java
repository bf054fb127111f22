package fr.cfa.backoffice.admissions.events;

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
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/curriculum-service\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"2026-11-28T10:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":"
                + data + "}";
    }
}
