package fr.cfa.backoffice.k8s;

import static fr.cfa.backoffice.k8s.Manifests.list;
import static fr.cfa.backoffice.k8s.Manifests.map;
import static fr.cfa.backoffice.k8s.Manifests.str;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a Deployment's first container gets: env entries, and the keys of the ConfigMaps in envFrom. */
final class Env {
    /** Every variable set, with where it comes from (env, configMap NAME, configMapKeyRef, secretKeyRef, fieldRef). */
    final Map<String, String> sources = new LinkedHashMap<>();
    /** The variables whose value is known from the manifests (literal, ConfigMap key). */
    final Map<String, String> values = new LinkedHashMap<>();
    /** The env entries by name (valueFrom references). */
    final Map<String, Map<String, Object>> entries = new LinkedHashMap<>();

    private Env() {}

    static Env of(Manifests m, Map<String, Object> deployment) {
        Env env = new Env();
        Map<String, Object> container = list(deployment, "spec.template.spec.containers").get(0);
        for (Map<String, Object> from : list(container, "envFrom")) {
            String configMap = str(from, "configMapRef.name");
            if (configMap == null) {
                // a Secret's keys are unknown offline: every secret variable is a named secretKeyRef instead
                throw new AssertionError(Manifests.label(deployment) + ": envFrom other than configMapRef: " + from);
            }
            map(m.get("ConfigMap", configMap), "data").forEach((k, v) -> {
                env.sources.put(k, "configMap " + configMap);
                env.values.put(k, String.valueOf(v));
            });
        }
        // env entries override envFrom, as in Kubernetes
        for (Map<String, Object> entry : list(container, "env")) {
            String name = (String) entry.get("name");
            env.entries.put(name, entry);
            if (entry.containsKey("value")) {
                env.sources.put(name, "env");
                env.values.put(name, String.valueOf(entry.get("value")));
            } else if (str(entry, "valueFrom.configMapKeyRef.name") != null) {
                String configMap = str(entry, "valueFrom.configMapKeyRef.name");
                String key = str(entry, "valueFrom.configMapKeyRef.key");
                Object value = map(m.get("ConfigMap", configMap), "data").get(key);
                if (value == null) throw new AssertionError(Manifests.label(deployment) + " " + name + ": " + configMap + " has no key " + key);
                env.sources.put(name, "configMapKeyRef " + configMap);
                env.values.put(name, String.valueOf(value));
            } else if (str(entry, "valueFrom.secretKeyRef.name") != null) {
                env.sources.put(name, "secretKeyRef " + str(entry, "valueFrom.secretKeyRef.name"));
                env.values.remove(name);
            } else if (str(entry, "valueFrom.fieldRef.fieldPath") != null) {
                env.sources.put(name, "fieldRef " + str(entry, "valueFrom.fieldRef.fieldPath"));
                env.values.remove(name);
            } else {
                throw new AssertionError(Manifests.label(deployment) + " " + name + ": unexpected env entry " + entry);
            }
        }
        return env;
    }
}
