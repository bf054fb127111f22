package fr.cfa.backoffice.curriculum.rest;

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
    /** Every operation of the four resources: a new one must be added here, a lost one fails. */
    static final List<String> OPERATIONS = List.of("amendAttendanceMark", "getAttendanceSheet", "getCohort", "getCohortCalendar", "getEnrollment",
            "getEnrollmentAttendance", "getProgramme", "getTransmission", "listCohortEnrollments", "listCohorts", "listEnrollmentsToAccompany",
            "listNationalDashboardRecords", "listTransmissions", "previewStateView", "recordAttendanceSheet", "startTransmission",
            "recordModuleResult", "scheduleCohort");

    @Test
    @SuppressWarnings("unchecked")
    void every_api_operation_has_a_summary_a_description_and_its_problem_responses() {
        JsonPath doc = OpenApiAssertions.assertEveryOperationDocumented(OPERATIONS.size());
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> published = paths.entrySet().stream().filter(p -> p.getKey().startsWith("/api/"))
                .flatMap(p -> p.getValue().values().stream()).map(op -> (String) op.get("operationId")).toList();
        assertEquals(OPERATIONS.size(), published.size(), "one operation per operationId: " + published);
        assertEquals(new TreeSet<>(OPERATIONS), new TreeSet<>(published));
        List<String> statuses = doc.getList("components.schemas.LearnerStatus.enum");
        assertEquals(List.of("INSCRIT_SANS_CONTRAT", "APPRENTI", "RUPTURANT", "ABANDON", "FIN_DE_FORMATION"), statuses, "enums are documented");
    }
}
