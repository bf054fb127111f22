package fr.cfa.backoffice.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * TODO(contract-docs): delete this class once the services' AsyncAPI documents are committed. It checks the envelope and
 * the documented types (CONTEXT-MAP.md) but not the data against the schemas, which PublishedEvents.fromAsyncApi(...)
 * .assertValid(records) does from the committed documents.
 */
final class InterimEventChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> DOCUMENTED = Map.of(
            "admissions.applications", Set.of("ApplicationSubmitted.v1", "CandidateAdmitted.v1", "CandidateWithdrawn.v1", "CandidateErased.v1"),
            "curriculum.cohorts", Set.of("CohortScheduled.v1", "CohortUpdated.v1"),
            "curriculum.learners", Set.of("LearnerEnrolled.v1", "ModuleCompleted.v1", "TrainingCompleted.v1", "LearnerWithdrawn.v1"),
            "placement.contracts", Set.of("ContractSigned.v1", "ContractTerminated.v1", "EmployerPeriodCompleted.v1"),
            "certification.results", Set.of("CertificationResultPublished.v1"));

    private InterimEventChecks() {}

    static void assertCloudEventsOfKnownTypes(List<ConsumerRecord<String, String>> records) throws Exception {
        List<String> faults = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            String where = r.topic() + "@" + r.offset();
            JsonNode e = JSON.readTree(r.value());
            if (!"1.0".equals(e.path("specversion").asText())) faults.add(where + ": specversion " + e.path("specversion"));
            for (String attribute : List.of("id", "source", "type", "subject", "time", "datacontenttype")) {
                if (!e.path(attribute).isTextual() || e.path(attribute).asText().isBlank()) faults.add(where + ": no " + attribute);
            }
            if (!e.path("data").isObject()) faults.add(where + ": data is not an object");
            if (!e.path("subject").asText().equals(r.key())) faults.add(where + ": key " + r.key() + " is not the subject " + e.path("subject"));
            if (!DOCUMENTED.getOrDefault(r.topic(), Set.of()).contains(e.path("type").asText())) {
                faults.add(where + ": type " + e.path("type") + " is not documented for " + r.topic());
            }
        }
        if (!faults.isEmpty()) throw new AssertionError(faults.size() + " faulty events of " + records.size() + ":\n" + String.join("\n", faults));
    }
}
