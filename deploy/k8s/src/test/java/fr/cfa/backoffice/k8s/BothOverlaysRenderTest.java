package fr.cfa.backoffice.k8s;

import static fr.cfa.backoffice.k8s.Manifests.at;
import static fr.cfa.backoffice.k8s.Manifests.list;
import static fr.cfa.backoffice.k8s.Manifests.map;
import static fr.cfa.backoffice.k8s.Manifests.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** kubectl kustomize renders the base and both overlays, with the objects and values the services rely on. */
class BothOverlaysRenderTest {
    static final String KAFKA = "backoffice-kafka";
    static final String PG = "backoffice-pg";
    static final int PARTITIONS = 6; // README: the ceiling of consumers per group, hence HPA max 6

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void rendersEveryObject(String dir) {
        Manifests m = Manifests.render(dir);
        Map<String, Long> counts = m.documents.stream()
                .collect(Collectors.groupingBy(d -> (String) d.get("kind"), TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("Namespace", 1L), Map.entry("Deployment", 4L), Map.entry("Service", 4L),
                Map.entry("HorizontalPodAutoscaler", 4L), Map.entry("PodDisruptionBudget", 4L),
                Map.entry("NetworkPolicy", 4L), Map.entry("ServiceMonitor", 4L),
                // one per service, the shared backoffice-common and centre-identity
                Map.entry("ConfigMap", 6L),
                Map.entry("Kafka", 1L), Map.entry("KafkaNodePool", 2L), Map.entry("KafkaTopic", 9L),
                Map.entry("KafkaUser", 4L), Map.entry("Cluster", 1L), Map.entry("Database", 4L),
                Map.entry("ScheduledBackup", 1L)));
        // no Secret is ever rendered: they are created by hand or by the operators, with their values
        assertEquals(expected, counts, dir);
        for (Map<String, Object> doc : m.documents) {
            if (!"Namespace".equals(doc.get("kind"))) {
                assertEquals("cfa-backoffice", str(doc, "metadata.namespace"), dir + " " + Manifests.label(doc));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void deploymentsRunTheServicesAsConfigured(String dir) {
        Manifests m = Manifests.render(dir);
        String javaOpts = Repo.shellAssignment(Repo.root().resolve("deploy/local/lib.sh"), "SERVICE_JAVA_OPTS_PRODUCTION");
        for (String service : Repo.SERVICES) {
            String name = Repo.serviceName(service);
            String where = dir + " Deployment/" + name;
            int http = Integer.parseInt(Repo.property(service, "quarkus.http.port"));
            int management = Integer.parseInt(Repo.property(service, "quarkus.management.port"));
            assertEquals(name, Repo.property(service, "quarkus.application.name"));
            Map<String, Object> d = m.get("Deployment", name);
            Map<String, Object> pod = map(d, "spec.template.spec");
            Map<String, Object> c = list(pod, "containers").get(0);
            assertEquals(Map.of("http", http, "management", management), list(c, "ports").stream()
                    .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (Integer) p.get("containerPort"))), where);
            String image = str(c, "image");
            String repository = "registry.example.org/cfa-backoffice/" + name;
            if (dir.equals("base")) assertEquals(repository, image, where);
            else assertTrue(image.startsWith(repository + ":") && image.length() > repository.length() + 1, where + " " + image);

            assertEquals("/q/health/started", str(c, "startupProbe.httpGet.path"), where);
            assertEquals("/q/health/live", str(c, "livenessProbe.httpGet.path"), where);
            assertEquals("/q/health/ready", str(c, "readinessProbe.httpGet.path"), where);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals("http", str(c, probe + ".httpGet.port"), where + " " + probe + " (health is on the public port)");
            }
            for (String key : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                assertNotNull(at(c, "resources." + key), where + " resources." + key);
            }
            assertEquals(30, at(pod, "terminationGracePeriodSeconds"), where);
            assertEquals(true, at(pod, "securityContext.runAsNonRoot"), where);
            assertEquals(true, at(c, "securityContext.readOnlyRootFilesystem"), where);
            assertEquals(false, at(c, "securityContext.allowPrivilegeEscalation"), where);
            assertEquals(List.of("ALL"), at(c, "securityContext.capabilities.drop"), where);
            assertEquals("kubernetes.io/hostname", str(pod, "topologySpreadConstraints[0].topologyKey"), where);

            Map<String, String> mounts = list(c, "volumeMounts").stream()
                    .collect(Collectors.toMap(v -> (String) v.get("name"), v -> (String) v.get("mountPath")));
            Map<String, Map<String, Object>> volumes = list(pod, "volumes").stream()
                    .collect(Collectors.toMap(v -> (String) v.get("name"), v -> v));
            assertEquals("/tmp", mounts.get("tmp"), where + ": a writable /tmp beside the read-only root");
            assertNotNull(at(volumes.get("tmp"), "emptyDir"), where);

            Env env = Env.of(m, d);
            assertEquals("0.0.0.0", env.values.get("HTTP_HOST"), where);
            assertEquals("0.0.0.0", env.values.get("MANAGEMENT_HOST"), where);
            assertEquals(javaOpts, env.values.get("JAVA_OPTS_APPEND"), where + ": deploy/local's production JVM settings");
            assertEquals("2", env.values.get("MALLOC_ARENA_MAX"), where);
            assertEquals("metadata.name", str(env.entries.get("INSTANCE_ID"), "valueFrom.fieldRef.fieldPath"), where);
            assertEquals("false", env.values.get("BACKBONE_MANAGE_TOPICS"), where + ": Strimzi owns the topics");
            assertEquals("jdbc:postgresql://" + PG + "-rw:5432/" + service, env.values.get("DB_URL"), where);
            assertEquals(KAFKA + "-kafka-bootstrap:9093", env.values.get("KAFKA_BOOTSTRAP"), where);
            assertEquals("SASL_SSL", env.values.get("KAFKA_SECURITY_PROTOCOL"), where);
            assertEquals("SCRAM-SHA-512", env.values.get("KAFKA_SASL_MECHANISM"), where);
            assertEquals("PEM", env.values.get("KAFKA_SSL_TRUSTSTORE_TYPE"), where);
            assertSecretKey(env, "DB_USER", service + "-db", "username", where);
            assertSecretKey(env, "DB_PASSWORD", service + "-db", "password", where);
            assertSecretKey(env, "KAFKA_SASL_JAAS_CONFIG", name, "sasl.jaas.config", where);

            assertMountedFile(env, "KAFKA_SSL_TRUSTSTORE_LOCATION", "", mounts, volumes, "kafka-ca",
                    KAFKA + "-cluster-ca-cert", "ca.crt", where);
            assertMountedFile(env, "JWT_PUBLIC_KEY_LOCATION", "file:", mounts, volumes, "jwt",
                    "backoffice-jwt", "public-key.pem", where);
            if (service.equals("certification")) {
                assertMountedFile(env, "CERTIFICATE_SIGNING_KEY_LOCATION", "file:", mounts, volumes, "signing-key",
                        "certification-signing-key", "signing-key.pem", where);
            }
            if (service.equals("curriculum")) {
                assertSecretKey(env, "NATIONAL_DASHBOARD_KEY", "national-dashboard", "key", where);
                assertEquals(true, at(env.entries.get("NATIONAL_DASHBOARD_KEY"), "valueFrom.secretKeyRef.optional"), where);
            }

            Map<String, Object> svc = m.get("Service", name);
            assertEquals("ClusterIP", str(svc, "spec.type"), dir);
            assertEquals(Map.of("http", http, "management", management), list(svc, "spec.ports").stream()
                    .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (Integer) p.get("port"))), dir + " Service/" + name);

            Map<String, Object> monitor = m.get("ServiceMonitor", name);
            assertEquals("management", str(monitor, "spec.endpoints[0].port"), dir);
            assertEquals("/q/metrics", str(monitor, "spec.endpoints[0].path"), dir);
            assertEquals(name, map(monitor, "spec.selector.matchLabels").get("app.kubernetes.io/name"), dir);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void autoscalingAndDisruptionBudgets(String dir) {
        Manifests m = Manifests.render(dir);
        for (String service : Repo.SERVICES) {
            String name = Repo.serviceName(service);
            Map<String, Object> hpa = m.get("HorizontalPodAutoscaler", name);
            assertEquals("Deployment", str(hpa, "spec.scaleTargetRef.kind"));
            assertEquals(name, str(hpa, "spec.scaleTargetRef.name"));
            assertEquals("cpu", str(hpa, "spec.metrics[0].resource.name"));
            assertEquals(70, at(hpa, "spec.metrics[0].resource.target.averageUtilization"));
            int min = (Integer) at(hpa, "spec.minReplicas");
            int max = (Integer) at(hpa, "spec.maxReplicas");
            assertTrue(max <= PARTITIONS, dir + " " + name + ": more consumers than partitions would sit idle");
            assertEquals(dir.equals("overlays/staging") ? 1 : 2, min, dir + " " + name + " minReplicas");
            if (!dir.equals("overlays/staging")) assertEquals(6, max, dir + " " + name + " maxReplicas");
            // staging may run one pod: minAvailable 1 would block every drain there
            assertEquals(dir.equals("overlays/staging") ? 0 : 1, at(m.get("PodDisruptionBudget", name), "spec.minAvailable"), dir);
            assertNull(at(m.get("Deployment", name), "spec.replicas"), dir + " " + name + ": the HPA owns the count");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void networkPolicies(String dir) {
        Manifests m = Manifests.render(dir);
        for (String service : Repo.SERVICES) {
            String name = Repo.serviceName(service);
            String where = dir + " NetworkPolicy/" + name;
            int http = Integer.parseInt(Repo.property(service, "quarkus.http.port"));
            int management = Integer.parseInt(Repo.property(service, "quarkus.management.port"));
            Map<String, Object> np = m.get("NetworkPolicy", name);
            assertEquals(name, map(np, "spec.podSelector.matchLabels").get("app.kubernetes.io/name"), where);
            assertEquals(List.of("Ingress", "Egress"), at(np, "spec.policyTypes"), where);
            List<Map<String, Object>> ingress = list(np, "spec.ingress");
            assertEquals(2, ingress.size(), where);
            assertEquals(List.of(http), ports(ingress.get(0)), where);
            assertNull(at(ingress.get(0), "from"), where + ": the API is reached through the gateway, from anywhere");
            assertEquals(List.of(management), ports(ingress.get(1)), where);
            assertEquals("monitoring",
                    map(ingress.get(1), "from[0].namespaceSelector.matchLabels").get("kubernetes.io/metadata.name"), where);

            List<Map<String, Object>> egress = list(np, "spec.egress");
            assertEquals(service.equals("curriculum") ? 4 : 3, egress.size(), where);
            assertEquals("{cnpg.io/cluster=" + PG + "}", str(egress.get(0), "to[0].podSelector.matchLabels"), where);
            assertEquals(List.of(5432), ports(egress.get(0)), where);
            assertEquals("{strimzi.io/cluster=" + KAFKA + "}", str(egress.get(1), "to[0].podSelector.matchLabels"), where);
            assertEquals(List.of(9093), ports(egress.get(1)), where);
            assertEquals("{kubernetes.io/metadata.name=kube-system}", str(egress.get(2), "to[0].namespaceSelector.matchLabels"), where);
            assertEquals(Set.of("UDP/53", "TCP/53"), list(egress.get(2), "ports").stream()
                    .map(p -> p.get("protocol") + "/" + p.get("port")).collect(Collectors.toSet()), where);
            if (service.equals("curriculum")) {
                assertEquals("0.0.0.0/0", str(egress.get(3), "to[0].ipBlock.cidr"), where);
                assertEquals(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"), at(egress.get(3), "to[0].ipBlock.except"), where);
                assertEquals(List.of(443), ports(egress.get(3)), where);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void kafkaClusterAndTopics(String dir) {
        Manifests m = Manifests.render(dir);
        Map<String, Object> kafka = m.get("Kafka", KAFKA);
        assertEquals("enabled", map(kafka, "metadata.annotations").get("strimzi.io/node-pools"));
        assertEquals("enabled", map(kafka, "metadata.annotations").get("strimzi.io/kraft"));
        Map<String, Object> listener = list(kafka, "spec.kafka.listeners").get(0);
        assertEquals(1, list(kafka, "spec.kafka.listeners").size(), "the TLS listener only");
        assertEquals(9093, listener.get("port"));
        assertEquals(true, listener.get("tls"));
        assertEquals("scram-sha-512", str(listener, "authentication.type"));
        assertEquals("simple", str(kafka, "spec.kafka.authorization.type"));
        Map<String, Object> config = map(kafka, "spec.kafka.config");
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(3, config.get("offsets.topic.replication.factor"));
        assertEquals(3, config.get("transaction.state.log.replication.factor"));
        assertNotNull(at(kafka, "spec.entityOperator.topicOperator"));
        assertNotNull(at(kafka, "spec.entityOperator.userOperator"));

        Map<String, Integer> roles = new HashMap<>();
        for (Map<String, Object> pool : m.ofKind("KafkaNodePool")) {
            assertEquals(KAFKA, map(pool, "metadata.labels").get("strimzi.io/cluster"));
            assertEquals("persistent-claim", str(pool, "spec.storage.type"));
            for (Object role : (List<?>) at(pool, "spec.roles")) roles.merge((String) role, (Integer) at(pool, "spec.replicas"), Integer::sum);
        }
        assertEquals(Map.of("controller", 3, "broker", 3), roles, dir);

        Set<String> expected = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            expected.addAll(Repo.publishedTopics(service));
            expected.addAll(Repo.consumedTopics(service));
            expected.add(Repo.serviceName(service) + ".dlq");
        }
        Set<String> topics = m.ofKind("KafkaTopic").stream().map(t -> topicName(t)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, topics, dir);

        // retention of the topics the services bounded (backbone.topics.*) and of every dead-letter topic
        Map<String, Long> retention = new HashMap<>();
        Map<String, Long> segment = new HashMap<>();
        for (String service : Repo.SERVICES) {
            Repo.properties(Repo.applicationProperties(service)).forEach((key, value) -> {
                if (key.startsWith("%")) return;
                var match = java.util.regex.Pattern.compile("backbone\\.topics\\.\"([^\"]+)\"\\.(retention|segment)").matcher(key);
                if (match.matches()) {
                    (match.group(2).equals("retention") ? retention : segment).put(match.group(1), Duration.parse(value).toMillis());
                }
            });
            String dlqRetention = Repo.withDefault(Repo.root().resolve(
                    "platform/src/main/java/fr/cfa/backoffice/platform/events/BackboneConfig.java"), "deadLetterRetention");
            retention.put(Repo.serviceName(service) + ".dlq", Duration.parse(dlqRetention).toMillis());
            segment.putIfAbsent(Repo.serviceName(service) + ".dlq", Duration.ofDays(1).toMillis());
        }
        assertEquals(1814400000L, retention.get("admissions.applications"), "21 days, as the brief and the properties say");
        for (Map<String, Object> topic : m.ofKind("KafkaTopic")) {
            String name = topicName(topic);
            assertEquals(KAFKA, map(topic, "metadata.labels").get("strimzi.io/cluster"), name);
            assertEquals(PARTITIONS, at(topic, "spec.partitions"), name);
            assertEquals(3, at(topic, "spec.replicas"), name);
            Map<String, Object> c = map(topic, "spec.config");
            assertEquals(2, c.get("min.insync.replicas"), name);
            if (retention.containsKey(name)) {
                assertEquals(retention.get(name), ((Number) c.get("retention.ms")).longValue(), name + " retention.ms");
                assertEquals(segment.getOrDefault(name, Duration.ofDays(1).toMillis()), ((Number) c.get("segment.ms")).longValue(), name);
            } else {
                assertFalse(c.containsKey("retention.ms"), name + ": retention set nowhere in the properties");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void kafkaUsersHoldExactlyTheirAcls(String dir) {
        Manifests m = Manifests.render(dir);
        assertEquals(Repo.SERVICES.stream().map(Repo::serviceName).collect(Collectors.toSet()),
                m.ofKind("KafkaUser").stream().map(u -> str(u, "metadata.name")).collect(Collectors.toSet()));
        for (String service : Repo.SERVICES) {
            String name = Repo.serviceName(service);
            Map<String, Object> user = m.get("KafkaUser", name);
            assertEquals(KAFKA, map(user, "metadata.labels").get("strimzi.io/cluster"));
            assertEquals("scram-sha-512", str(user, "spec.authentication.type"), name);
            assertEquals("simple", str(user, "spec.authorization.type"), name);
            Set<String> expected = new TreeSet<>();
            Set<String> writes = new LinkedHashSet<>(Repo.publishedTopics(service));
            writes.add(name + ".dlq");
            for (String t : writes) {
                expected.add("topic:" + t + ":literal:Write");
                expected.add("topic:" + t + ":literal:Describe");
            }
            for (String t : Repo.consumedTopics(service)) {
                expected.add("topic:" + t + ":literal:Read");
                expected.add("topic:" + t + ":literal:Describe");
            }
            // the consumer group id is the application name (SmallRye's default)
            expected.add("group:" + Repo.property(service, "quarkus.application.name") + ":literal:Read");
            Set<String> actual = new TreeSet<>();
            for (Map<String, Object> acl : list(user, "spec.authorization.acls")) {
                assertNull(acl.get("operation"), name + ": operations (a list), not the deprecated operation");
                for (Object op : (List<?>) acl.get("operations")) {
                    actual.add(str(acl, "resource.type") + ":" + str(acl, "resource.name") + ":"
                            + str(acl, "resource.patternType") + ":" + op);
                }
            }
            assertEquals(expected, actual, dir + " KafkaUser/" + name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void postgresClusterDatabasesAndBackups(String dir) {
        Manifests m = Manifests.render(dir);
        Map<String, Object> cluster = m.get("Cluster", PG);
        assertEquals(3, at(cluster, "spec.instances"));
        assertNotNull(at(cluster, "spec.storage.size"));
        Map<String, String> roles = list(cluster, "spec.managed.roles").stream()
                .collect(Collectors.toMap(r -> (String) r.get("name"), r -> str(r, "passwordSecret.name")));
        Map<String, String> expectedRoles = new HashMap<>();
        for (String service : Repo.SERVICES) expectedRoles.put(service, service + "-db");
        assertEquals(expectedRoles, roles, "one login per service, its password in the Secret the service reads");
        for (Map<String, Object> role : list(cluster, "spec.managed.roles")) {
            assertEquals("present", role.get("ensure"));
            assertEquals(true, role.get("login"));
        }
        assertTrue(str(cluster, "spec.backup.barmanObjectStore.destinationPath").startsWith("s3://REPLACE-ME/"),
                "the object store is a placeholder until the centre names one");
        assertEquals("backup-s3", str(cluster, "spec.backup.barmanObjectStore.s3Credentials.accessKeyId.name"));
        Map<String, String> databases = m.ofKind("Database").stream()
                .collect(Collectors.toMap(d -> str(d, "spec.name"), d -> str(d, "spec.owner")));
        Map<String, String> expectedDatabases = new HashMap<>();
        for (String service : Repo.SERVICES) expectedDatabases.put(service, service);
        assertEquals(expectedDatabases, databases);
        for (Map<String, Object> db : m.ofKind("Database")) assertEquals(PG, str(db, "spec.cluster.name"));
        assertEquals(PG, str(m.ofKind("ScheduledBackup").get(0), "spec.cluster.name"));
    }

    private static String topicName(Map<String, Object> topic) {
        String explicit = str(topic, "spec.topicName");
        return explicit != null ? explicit : str(topic, "metadata.name");
    }

    private static List<Object> ports(Map<String, Object> rule) {
        return list(rule, "ports").stream().map(p -> p.get("port")).toList();
    }

    private static void assertNull(Object value, String message) {
        org.junit.jupiter.api.Assertions.assertNull(value, message);
    }

    private static void assertSecretKey(Env env, String variable, String secret, String key, String where) {
        Map<String, Object> entry = env.entries.get(variable);
        assertNotNull(entry, where + ": " + variable + " is not set");
        assertEquals(secret, str(entry, "valueFrom.secretKeyRef.name"), where + " " + variable);
        assertEquals(key, str(entry, "valueFrom.secretKeyRef.key"), where + " " + variable);
    }

    /** VARIABLE names prefix + mountPath/file, and the volume behind the mount projects that Secret's key. */
    private static void assertMountedFile(Env env, String variable, String prefix, Map<String, String> mounts,
            Map<String, Map<String, Object>> volumes, String volume, String secret, String key, String where) {
        assertNotNull(mounts.get(volume), where + ": no mount of " + volume);
        assertEquals(prefix + mounts.get(volume) + "/" + key, env.values.get(variable), where + " " + variable);
        Map<String, Object> v = volumes.get(volume);
        assertEquals(secret, str(v, "secret.secretName"), where + " volume " + volume);
        assertEquals(List.of(Map.of("key", key, "path", key)), at(v, "secret.items"), where + " volume " + volume);
    }
}
