package fr.cfa.backoffice.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rendered document parses into its typed model with no field left over (ManifestValidator). */
class StrictModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/staging"})
    void everyDocumentParsesStrictly(String dir) {
        Manifests m = Manifests.render(dir);
        assertEquals(List.of(), ManifestValidator.violations(m), dir);
    }

    /** An unknown field at any depth is reported with its object and path; so is a misspelt one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deployment/admissions-service      | spec.template.spec.containers[0] | foo | spec.template.spec.containers[0].foo",
        "Deployment/curriculum-service      | spec.template.spec.containers[0].readinessProbe.httpGet | paht | spec.template.spec.containers[0].readinessProbe.httpGet.paht",
        "Deployment/placement-service       | spec.template.spec.securityContext | runAsNonroot | spec.template.spec.securityContext.runAsNonroot",
        "Service/certification-service      | spec.ports[1] | protocl | spec.ports[1].protocl",
        "HorizontalPodAutoscaler/admissions-service | spec | minReplica | spec.minReplica",
        "PodDisruptionBudget/admissions-service | spec | minAvailble | spec.minAvailble",
        "NetworkPolicy/curriculum-service   | spec.egress[3].to[0].ipBlock | exept | spec.egress[3].to[0].ipBlock.exept",
        "ServiceMonitor/placement-service   | spec.endpoints[0] | paths | spec.endpoints[0].paths",
        "ConfigMap/centre-identity          | metadata | lables | metadata.lables",
        "Kafka/backoffice-kafka             | spec.kafka.listeners[0] | authentification | spec.kafka.listeners[0].authentification",
        "KafkaNodePool/brokers              | spec.storage | sise | spec.storage.sise",
        "KafkaTopic/admissions.applications | spec | partition | spec.partition",
        "KafkaUser/curriculum-service       | spec.authorization.acls[0].resource | patterntype | spec.authorization.acls[0].resource.patterntype",
        "Cluster/backoffice-pg              | spec | instance | spec.instance",
        "Cluster/backoffice-pg              | spec.managed.roles[2] | superuser | spec.managed.roles[2].superuser",
        "Database/certification             | spec.cluster | nmae | spec.cluster.nmae",
        "ScheduledBackup/backoffice-pg-daily | spec | immediate | spec.immediate",
    })
    void anUnknownFieldIsRejectedWithItsPath(String object, String parent, String field, String path) {
        List<Map<String, Object>> docs = Manifests.parse(Manifests.render("overlays/production").yaml); // a fresh copy
        Map<String, Object> doc = docs.stream().filter(d -> Manifests.label(d).startsWith(object.split("/")[0] + "/"))
                .filter(d -> Manifests.label(d).equals(object)
                        || Manifests.label(d).matches(java.util.regex.Pattern.quote(object) + "-[a-z0-9]{10}"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + object));
        assertEquals(List.of(), ManifestValidator.violations(doc), "clean before the injection");
        Manifests.map(doc, parent).put(field, "x");
        List<String> violations = ManifestValidator.violations(doc);
        assertEquals(1, violations.size(), violations.toString());
        String label = Manifests.label(doc);
        assertEquals(label + " " + path + ": unknown field", violations.get(0));
    }

    @Test
    void aKindWithoutTypedModelIsRejected() {
        Map<String, Object> doc = Manifests.parse("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: admissions}
                spec: {}
                """).get(0);
        List<String> violations = ManifestValidator.violations(doc);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("no typed model for gateway.networking.k8s.io/v1/HTTPRoute"), violations.get(0));
    }

    @Test
    void aWrongTypeIsRejected() {
        Map<String, Object> doc = Manifests.parse("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: six}
                """).get(0);
        List<String> violations = ManifestValidator.violations(doc);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("KafkaTopic/t: does not parse"), violations.get(0));
    }
}
