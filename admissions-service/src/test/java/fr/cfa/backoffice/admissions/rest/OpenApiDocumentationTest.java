package fr.cfa.backoffice.admissions.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentationTest {
    /** Every operation the admissions API serves under /api (resources in rest/): a new one must be added here, a lost one fails. */
    static final List<String> OPERATIONS = List.of(
            "submitApplication", "listApplications", "getApplication", "getApplicationEligibility", "reviewApplication",
            "scheduleInterview", "recordInterviewOutcome", "decideApplication", "withdrawApplication",
            "eraseCandidate", "listCohorts", "getCohort", "checkEligibility", "listSensitiveDataReads");

    @Test
    @SuppressWarnings("unchecked")
    void every_api_operation_has_a_summary_a_description_and_its_problem_responses() {
        JsonPath doc = OpenApiAssertions.assertEveryOperationDocumented(OPERATIONS.size());
        TreeSet<String> published = new TreeSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/")) operations.values().forEach(operation -> published.add(String.valueOf(operation.get("operationId"))));
        });
        assertEquals(new TreeSet<>(OPERATIONS), published, "the published operations are exactly the API's");
        List<String> statuses = doc.getList("components.schemas.SelectionStatus.enum");
        assertTrue(statuses.contains("WAITLISTED"), "enums are documented");
    }
}
