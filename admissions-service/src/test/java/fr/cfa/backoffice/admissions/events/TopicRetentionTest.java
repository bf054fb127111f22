package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Finding 10: the topic carrying personal data, and the dead letters that copy it, keep records for a bounded time. */
@QuarkusTest
class TopicRetentionTest {
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void the_applications_topic_keeps_personal_data_21_days_in_daily_segments() {
        assertRetention(AdmissionsTopics.APPLICATIONS, 21 * DAY, DAY);
    }

    @Test
    void the_dead_letter_topic_keeps_parked_copies_21_days() {
        assertRetention("admissions-service.dlq", 21 * DAY, DAY);
    }

    private static void assertRetention(String topic, long retentionMs, long segmentMs) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Awaitility.await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> {
                Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
                assertEquals(String.valueOf(retentionMs), config.get("retention.ms").value(), topic + " retention.ms");
                assertEquals(String.valueOf(segmentMs), config.get("segment.ms").value(), topic + " segment.ms");
            });
        }
    }
}
