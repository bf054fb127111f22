package fr.cfa.backoffice.admissions.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Integrators build on the published OpenAPI: every operation is described and documents its errors. */
@QuarkusTest
class OpenApiDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_api_operation_has_a_summary_a_description_and_its_problem_responses() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) return;
            checked.add(method + " " + path);
            String where = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) missing.add(where + ": summary");
            if (operation.get("description") == null) missing.add(where + ": description");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) missing.add(where + ": 4xx responses");
        }));
        assertTrue(checked.size() >= 14, "the API's operations are all published: " + checked);
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        Map<String, Object> status = doc.getMap("components.schemas.SelectionStatus");
        assertTrue(status != null && ((List<String>) status.get("enum")).contains("WAITLISTED"), "enums are documented");
    }
}
