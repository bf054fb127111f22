package fr.cfa.backoffice.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict parsing of a rendered document: into its typed model (fabric8 for Kubernetes and the Prometheus
 * operator, io.strimzi:api for Kafka), then a walk of the parsed graph that rejects anything the model swallowed
 * into an additionalProperties map (both families' Jackson any-setter). A kind without a model is rejected, but
 * CloudNativePG's (no typed model on Maven Central), which are checked against {@link CnpgShape}.
 */
final class ManifestValidator {
    /** apiVersion/kind -> model class: only what the manifests use, so a new kind must be added on purpose. */
    static final Map<String, Class<?>> FABRIC8 = Map.of(
            "v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class,
            "v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class,
            "v1/Service", io.fabric8.kubernetes.api.model.Service.class,
            "apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
            "monitoring.coreos.com/v1/ServiceMonitor", io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class);

    static final Map<String, Class<?>> STRIMZI = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class);

    // fabric8 8 deserialises with Jackson 3 (its own KubernetesSerialization); Strimzi's api 0.49 is Jackson 2.
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper JACKSON2 = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private ManifestValidator() {}

    /** What is wrong with one document: empty when it parses into its model with nothing left over. */
    static List<String> violations(Map<String, Object> document) {
        String label = Manifests.label(document);
        String type = document.get("apiVersion") + "/" + document.get("kind");
        List<String> out = new ArrayList<>();
        try {
            Object model;
            if (FABRIC8.containsKey(type)) {
                model = KUBERNETES.unmarshal(Manifests.YAML.writeValueAsString(document), FABRIC8.get(type));
            } else if (STRIMZI.containsKey(type)) {
                model = JACKSON2.convertValue(document, STRIMZI.get(type));
            } else if (CnpgShape.KINDS.containsKey(type)) {
                CnpgShape.check(document, CnpgShape.KINDS.get(type), out);
                return prefixed(label, out);
            } else {
                return List.of(label + ": no typed model for " + type + " (add it to ManifestValidator on purpose)");
            }
            if (model == null) return List.of(label + ": parsed to nothing");
            walk(model, "", out, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        } catch (Exception e) {
            return List.of(label + ": does not parse as " + type + ": " + e.getMessage());
        }
        return prefixed(label, out);
    }

    static List<String> violations(Manifests manifests) {
        List<String> all = new ArrayList<>();
        for (Map<String, Object> doc : manifests.documents) all.addAll(violations(doc));
        return all;
    }

    private static List<String> prefixed(String label, List<String> paths) {
        return paths.stream().map(p -> label + " " + p + ": unknown field").toList();
    }

    private static void walk(Object node, String path, List<String> out, Set<Object> seen) {
        if (node == null) return;
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) walk(item, path + "[" + i++ + "]", out, seen);
            return;
        }
        if (node instanceof Map<?, ?> map) {
            // maps of models (e.g. resources.requests: name -> Quantity); plain values end the walk
            map.forEach((k, v) -> walk(v, join(path, String.valueOf(k)), out, seen));
            return;
        }
        Class<?> type = node.getClass();
        if (!isModel(type) || type.isEnum() || !seen.add(node)) return;
        Map<?, ?> extra = additionalProperties(node);
        if (extra != null) extra.keySet().forEach(k -> out.add(join(path, String.valueOf(k))));
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                        || field.getName().equals("additionalProperties")) continue;
                Object value;
                try {
                    field.setAccessible(true);
                    value = field.get(node);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                walk(value, join(path, jsonName(field)), out, seen);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.") || name.startsWith("io.strimzi.");
    }

    private static Map<?, ?> additionalProperties(Object node) {
        try {
            Method getter = node.getClass().getMethod("getAdditionalProperties");
            Object value = getter.invoke(node);
            return value instanceof Map<?, ?> map ? map : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonName(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : field.getName();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
