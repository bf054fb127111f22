package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What a validating proxy (Prism) checks, on real answers: each success body validates against the schema its operation
 * documents in the served OpenAPI, with undocumented members refused. Covers the nulls an integrator meets: ccpCode of
 * M8/M9, a cohort without place, the first history entry's fromStatus, a result without score, an erased learner's names.
 */
@QuarkusTest
class AnswersMatchTheirSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");
    private static final String MANAGER = TestTokens.forRole("manager");
    private static final String PLACEMENT = TestTokens.forRole("placement-officer");

    @Test
    void every_answer_of_a_cohorts_life_matches_the_schema_its_operation_documents() throws Exception {
        JsonNode doc = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());

        assertMatches(doc, "/api/v1/programme", "get", given().get("/api/v1/programme"));

        Response scheduled = given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"code\":\"DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "\",\"startDate\":\"2026-01-12\",\"capacity\":20}")
                .post("/api/v1/cohorts");
        assertMatches(doc, "/api/v1/cohorts", "post", scheduled);
        String cohort = scheduled.path("id");
        assertMatches(doc, "/api/v1/cohorts/{id}", "get", given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort));
        assertMatches(doc, "/api/v1/cohorts", "get", given().auth().oauth2(MANAGER).get("/api/v1/cohorts"));
        assertMatches(doc, "/api/v1/cohorts/{id}/calendar", "get", given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort + "/calendar"));

        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
                "/admissions-service", "CandidateAdmitted.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"applicationId\":\"" + UUID.randomUUID()
                        + "\",\"cohortId\":\"" + cohort + "\",\"firstName\":\"Awa\",\"lastName\":\"Diallo\",\"birthDate\":\"2003-02-14\",\"email\":null,"
                        + "\"phone\":null,\"fromWaitlist\":false,\"admittedAt\":\"2025-12-01T10:00:00+01:00\"}"));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort + "/enrollments").then().body("totalItems", equalTo(1)));
        assertMatches(doc, "/api/v1/cohorts/{id}/enrollments", "get", given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort + "/enrollments"));
        String enrollment = given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort + "/enrollments").path("items[0].id");
        assertMatches(doc, "/api/v1/enrollments/{id}", "get", given().auth().oauth2(MANAGER).get("/api/v1/enrollments/" + enrollment));

        Response sheet = given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-01-13\",\"halfDay\":\"MORNING\",\"moduleCode\":\"M1\",\"trainer\":\"tom.trainer\",\"marks\":[{\"enrollmentId\":\""
                        + enrollment + "\",\"mark\":\"UNJUSTIFIED_ABSENCE\"}]}")
                .post("/api/v1/cohorts/" + cohort + "/attendance-sheets");
        assertMatches(doc, "/api/v1/cohorts/{cohortId}/attendance-sheets", "post", sheet);
        String sheetId = sheet.path("id");
        assertMatches(doc, "/api/v1/cohorts/{cohortId}/attendance-sheets/{sheetId}/amendments", "post", given().auth().oauth2(TRAINER)
                .contentType(ContentType.JSON).body("{\"enrollmentId\":\"" + enrollment + "\",\"mark\":\"JUSTIFIED_ABSENCE\",\"reason\":\"Medical certificate\"}")
                .post("/api/v1/cohorts/" + cohort + "/attendance-sheets/" + sheetId + "/amendments"));
        assertMatches(doc, "/api/v1/cohorts/{cohortId}/attendance-sheets/{sheetId}", "get",
                given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + cohort + "/attendance-sheets/" + sheetId));
        assertMatches(doc, "/api/v1/enrollments/{id}/attendance", "get", given().auth().oauth2(MANAGER).get("/api/v1/enrollments/" + enrollment + "/attendance"));
        assertMatches(doc, "/api/v1/enrollments/{id}/modules/{moduleCode}/result", "put", given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"IN_PROGRESS\",\"assessedOn\":\"2026-01-16\",\"assessor\":\"tom.trainer\"}")
                .put("/api/v1/enrollments/" + enrollment + "/modules/M1/result"));

        // erased, the learner still counts among those to accompany (without contract since January), names null
        KafkaTestClient.send("admissions.applications", candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
                "/admissions-service", "CandidateErased.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2026-11-02T09:00:00+01:00\"}"));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(MANAGER).get("/api/v1/enrollments/" + enrollment).then().body("erased", equalTo(true)));
        assertMatches(doc, "/api/v1/enrollments/{id}", "get", given().auth().oauth2(MANAGER).get("/api/v1/enrollments/" + enrollment));
        Response toAccompany = given().auth().oauth2(PLACEMENT).queryParam("on", "2026-11-30").get("/api/v1/enrollments/to-accompany");
        assertTrue(toAccompany.asString().contains(enrollment), "the erased learner is listed: " + toAccompany.asString());
        assertMatches(doc, "/api/v1/enrollments/to-accompany", "get", toAccompany);
    }

    /** The answer is the operation's documented success, and its body validates against the documented schema. */
    private static void assertMatches(JsonNode doc, String path, String method, Response response) throws Exception {
        JsonNode responses = doc.path("paths").path(path).path(method).path("responses");
        String code = String.valueOf(response.statusCode());
        JsonNode schema = responses.path(code).path("content").path("application/json").path("schema");
        assertTrue(!schema.isMissingNode(), method.toUpperCase() + " " + path + " answered " + code + ", which it does not document as JSON: "
                + response.asString());
        ObjectNode root = JSON.createObjectNode();
        root.setAll((ObjectNode) schema.deepCopy());
        ObjectNode components = (ObjectNode) doc.path("components").deepCopy();
        closeObjects(components);
        root.set("components", components);
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root)
                .validate(JSON.readTree(response.asString()));
        assertTrue(errors.isEmpty(), method.toUpperCase() + " " + path + " " + code + " does not match its schema: " + errors + "\n" + response.asString());
    }

    /** Undocumented members are refused: an answer field missing from the document is a failure, as in Prism. */
    private static void closeObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) object.put("additionalProperties", false);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) closeObjects(it.next().getValue());
        } else if (node.isArray()) {
            node.forEach(AnswersMatchTheirSchemasTest::closeObjects);
        }
    }
}
