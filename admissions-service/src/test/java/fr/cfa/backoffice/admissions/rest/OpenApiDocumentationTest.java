package fr.cfa.backoffice.admissions.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentationTest {

    @Test
    void every_api_operation_has_a_summary_a_description_and_its_problem_responses() {
        JsonPath doc = OpenApiAssertions.assertEveryOperationDocumented(14);
        List<String> statuses = doc.getList("components.schemas.SelectionStatus.enum");
        assertTrue(statuses.contains("WAITLISTED"), "enums are documented");
    }
}
