package fr.cfa.backoffice.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Integrators build on the published OpenAPI: every /api operation must carry a summary, a description and its 4xx answers. */
public final class OpenApiAssertions {
    private OpenApiAssertions() {}

    @SuppressWarnings("unchecked")
    public static JsonPath assertEveryOperationDocumented(int expectedOperations) {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) return;
            String where = method.toUpperCase() + " " + path;
            checked.add(where);
            if (operation.get("summary") == null) missing.add(where + ": summary");
            if (operation.get("description") == null) missing.add(where + ": description");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) missing.add(where + ": 4xx responses");
        }));
        assertTrue(checked.size() == expectedOperations, "the API publishes exactly " + expectedOperations + " operations under /api, not " + checked.size() + ": " + checked);
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        return doc;
    }
}
