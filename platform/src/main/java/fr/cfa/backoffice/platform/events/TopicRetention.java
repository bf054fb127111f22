package fr.cfa.backoffice.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sets the retention of the topics this service owns ({@link BackboneConfig#topics()}) and of its
 * dead-letter topic, creating them when missing. Runs in the background at start and retries while
 * Kafka is unreachable, so a broker outage never blocks the service from starting.
 */
@ApplicationScoped
public class TopicRetention {
    private static final Logger LOG = Logger.getLogger(TopicRetention.class);

    @Inject
    BackboneConfig config;

    @Inject
    KafkaConnection kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.manageTopics()) {
            LOG.info("Topics are managed outside this service (backbone.manage-topics=false)");
            return;
        }
        running = true;
        thread = new Thread(this::applyUntilDone, "topic-retention");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) thread.interrupt();
    }

    /** The topics and their (retention, segment) this service sets. */
    Map<String, Duration[]> wanted() {
        Map<String, Duration[]> topics = new LinkedHashMap<>();
        config.topics().forEach((name, topic) -> topics.put(name, new Duration[] {topic.retention(), topic.segment()}));
        topics.put(applicationName + ".dlq", new Duration[] {config.deadLetterRetention(), Duration.ofDays(1)});
        return topics;
    }

    private void applyUntilDone() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            Map<String, Object> settings = kafka.settings("topic-retention");
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            try (Admin admin = Admin.create(settings)) {
                apply(admin);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Topic retention not set yet (%s); retrying in %d ms", e.getClass().getSimpleName(), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(Admin admin) throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Map<String, Duration[]> wanted = wanted();
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> alter = new LinkedHashMap<>();
        wanted.forEach((name, durations) -> {
            Map<String, String> settings = Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, String.valueOf(durations[0].toMillis()),
                    TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(durations[1].toMillis()));
            if (existing.contains(name)) {
                alter.put(new ConfigResource(ConfigResource.Type.TOPIC, name), settings.entrySet().stream()
                        .map(s -> new AlterConfigOp(new ConfigEntry(s.getKey(), s.getValue()), AlterConfigOp.OpType.SET)).toList());
            } else {
                missing.add(new NewTopic(name, Optional.empty(), Optional.empty()).configs(settings));
            }
        });
        // A topic created meanwhile (by a producer's auto-creation) fails here; the next round alters it.
        if (!missing.isEmpty()) admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        if (!alter.isEmpty()) admin.incrementalAlterConfigs(alter).all().get(10, TimeUnit.SECONDS);
        wanted.forEach((name, d) -> LOG.infof("Topic %s: retention %s, segment %s", name, d[0], d[1]));
    }
}
