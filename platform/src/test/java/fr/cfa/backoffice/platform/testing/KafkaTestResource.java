package fr.cfa.backoffice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts one real Kafka broker per test JVM (see {@link KafkaBroker}) and points the service at it.
 * Test fields of type {@link KafkaBroker} annotated with {@link InjectKafkaBroker} receive it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = new KafkaBroker();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot prepare the test Kafka broker", e);
            }
        }
        broker.start();
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // Kept for the JVM's other test classes; the temporary data dies with the JVM.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(broker, new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBroker.class));
    }
}
