package fr.cfa.backoffice.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudNativePG's kinds have no typed model on Maven Central: each is held to an allow-list of the paths we
 * write (lists as [], free-form maps as *). Anything else is refused, so a typo (spec.instance) cannot slip by.
 * Values are CloudNativePG's field names as its API reference (postgresql.cnpg.io/v1) spells them.
 */
final class CnpgShape {
    private static final List<String> METADATA = List.of(
            "apiVersion", "kind", "metadata.name", "metadata.namespace", "metadata.labels.*", "metadata.annotations.*");

    static final Map<String, List<String>> KINDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", with(
                    "spec.instances", "spec.imageName", "spec.primaryUpdateStrategy",
                    "spec.storage.size", "spec.storage.storageClass",
                    "spec.resources.requests.cpu", "spec.resources.requests.memory",
                    "spec.resources.limits.cpu", "spec.resources.limits.memory",
                    "spec.managed.roles[].name", "spec.managed.roles[].ensure", "spec.managed.roles[].login",
                    "spec.managed.roles[].passwordSecret.name",
                    "spec.backup.retentionPolicy",
                    "spec.backup.barmanObjectStore.destinationPath",
                    "spec.backup.barmanObjectStore.s3Credentials.accessKeyId.name",
                    "spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key",
                    "spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.name",
                    "spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.key",
                    "spec.backup.barmanObjectStore.wal.compression",
                    "spec.backup.barmanObjectStore.data.compression"),
            "postgresql.cnpg.io/v1/Database", with("spec.name", "spec.owner", "spec.cluster.name"),
            "postgresql.cnpg.io/v1/ScheduledBackup", with("spec.schedule", "spec.backupOwnerReference", "spec.cluster.name"));

    private CnpgShape() {}

    private static List<String> with(String... paths) {
        List<String> all = new ArrayList<>(METADATA);
        all.addAll(List.of(paths));
        return all;
    }

    /** Adds to out each path of the document that the allow-list does not name (nor lead to). */
    static void check(Map<String, Object> document, List<String> allowed, List<String> out) {
        Set<String> known = new HashSet<>();
        for (String path : allowed) {
            String prefix = path;
            while (true) {
                known.add(prefix);
                if (prefix.endsWith("[]")) known.add(prefix.substring(0, prefix.length() - 2));
                int dot = prefix.lastIndexOf('.');
                if (dot < 0) break;
                prefix = prefix.substring(0, dot);
            }
        }
        walk(document, "", "", known, out);
    }

    private static void walk(Object node, String shape, String path, Set<String> known, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String childShape = shape.isEmpty() ? key : shape + "." + key;
                String childPath = path.isEmpty() ? key : path + "." + key;
                String wildcard = shape.isEmpty() ? "*" : shape + ".*";
                if (known.contains(wildcard)) continue; // free-form map (labels, annotations)
                if (!known.contains(childShape)) {
                    out.add(childPath);
                    continue;
                }
                walk(e.getValue(), childShape, childPath, known, out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), shape + "[]", path + "[" + i + "]", known, out);
        }
    }
}
