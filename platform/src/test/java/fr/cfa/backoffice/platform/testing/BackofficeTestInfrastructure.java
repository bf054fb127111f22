package fr.cfa.backoffice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Every @QuarkusTest of every service runs against one real PostgreSQL and one real Kafka broker, started once per
 * test JVM. Registered through the service loader (META-INF/services in this test-jar), so a service declares nothing:
 * depending on platform's test-jar is enough.
 */
public class BackofficeTestInfrastructure implements QuarkusTestResourceLifecycleManager {
    private final PostgresTestResource postgres = new PostgresTestResource();
    private final KafkaTestResource kafka = new KafkaTestResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>(postgres.start());
        settings.putAll(kafka.start());
        return settings;
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }

    @Override
    public void inject(TestInjector injector) {
        kafka.inject(injector);
    }
}
