package fr.cfa.backoffice.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the platform's own Kafka clients (outbox relay, readiness check, topic set-up) connect: the same bootstrap
 * servers and security settings ({@code kafka.security.*}, {@code kafka.sasl.*}, {@code kafka.ssl.*}) as SmallRye's
 * channels, so a cluster that requires SASL over TLS (Strimzi, deploy/k8s) is reached by all of them alike. Client ids
 * carry the instance's id, so the broker's view names the replica each client belongs to.
 */
@ApplicationScoped
public class KafkaConnection {

    @Inject
    Config config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "backoffice.instance-id")
    String instanceId;

    /** Bootstrap, security and a client id of {@code <instance>-<role>}; the caller adds its own tuning. */
    public Map<String, Object> settings(String role) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.security.") || name.startsWith("kafka.sasl.") || name.startsWith("kafka.ssl.")) {
                config.getOptionalValue(name, String.class).filter(v -> !v.isBlank())
                        .ifPresent(value -> settings.put(name.substring("kafka.".length()), value));
            }
        }
        settings.put("bootstrap.servers", bootstrapServers);
        settings.put("client.id", instanceId + "-" + role);
        return settings;
    }
}
