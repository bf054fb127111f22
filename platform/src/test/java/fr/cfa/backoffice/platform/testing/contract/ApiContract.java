package fr.cfa.backoffice.platform.testing.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The published contract of a service (issue 11): its OpenAPI and AsyncAPI documents are committed under
 * {@code api/}, equal to what the code produces, usable by a generated client, and changed compatibly. A
 * service's {@code @QuarkusTest} class extends it. {@code -Dcontracts.write=true} rewrites the committed files.
 */
public abstract class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** What the service publishes and consumes. */
    protected abstract EventCatalogue catalogue();

    /** An {@code /api/...} GET answering 200 with {@link #tokenForRead()}. */
    protected abstract String authenticatedReadPath();

    protected abstract String tokenForRead();

    private static String servedOpenApi() {
        return given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void theServedOpenApiIsTheCommittedOne() {
        ContractFiles.assertCommitted(ContractFiles.API.resolve("openapi.yaml"), servedOpenApi());
    }

    @Test
    void everyOperationIsReadyForAGeneratedClient() {
        JsonNode doc = AsyncApiDocument.read(servedOpenApi());
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) continue;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (!id.matches("[a-z][a-zA-Z0-9]+")) faults.add(where + ": operationId '" + id + "' is not camelCase");
                if (!ids.add(id)) faults.add(where + ": operationId '" + id + "' is used twice");
                if (operation.path("tags").size() != 1) faults.add(where + ": " + operation.path("tags").size() + " tags instead of one");
                if (!operation.has("security")) faults.add(where + ": no security (public operations say security: [])");
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = operation.path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    String code = r.getKey();
                    JsonNode content = r.getValue().path("content");
                    if (code.startsWith("2")) {
                        success = true;
                        if (!code.equals("204") && content.isMissingNode()) faults.add(where + " " + code + ": no content schema");
                        if (code.equals("201") && !r.getValue().path("headers").has("Location")) faults.add(where + " 201: no Location header");
                    } else if (code.startsWith("4") || code.startsWith("5")) {
                        if (!content.has("application/problem+json")) faults.add(where + " " + code + ": not application/problem+json");
                    }
                }
                if (!success) faults.add(where + ": no 2xx response");
            }
        }
        assertTrue(faults.isEmpty(), "not ready for a generated client:\n" + String.join("\n", faults));
    }

    @Test
    void noBreakingChangeSinceTheReleasedDocumentUnlessTheApiVersionChanged() throws Exception {
        Path released = ContractFiles.API.resolve("openapi.released.yaml");
        String current = servedOpenApi();
        if (ContractFiles.writing() && !Files.exists(released)) Files.writeString(released, current);
        assertTrue(Files.exists(released), released + " (the compatibility baseline) is not committed");
        String baseline = ContractFiles.read(released);
        String releasedVersion = AsyncApiDocument.read(baseline).path("info").path("version").asText();
        String currentVersion = AsyncApiDocument.read(current).path("info").path("version").asText();
        if (!major(releasedVersion).equals(major(currentVersion))) return; // a new API version may break; release it with a new baseline
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, current);
        if (diff.isChanged().isIncompatible()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, writer);
            }
            throw new AssertionError("breaking change to API " + currentVersion + " (bump info.version to a new major to allow it):\n"
                    + out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theAsyncApiDocumentDescribesTheCatalogueAndIsServedPublicly() {
        String version = AsyncApiDocument.read(servedOpenApi()).path("info").path("version").asText() + ".0";
        Path committed = ContractFiles.API.resolve("asyncapi.yaml");
        ContractFiles.assertCommitted(committed, AsyncApiDocument.yaml(catalogue(), version));
        if (ContractFiles.writing()) return; // the served copy is packaged from the committed file at the next build
        String served = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertEquals(ContractFiles.read(committed), served, "/asyncapi.yaml serves the committed document");
    }

    @Test
    void eachPublishedTypeHasItsCommittedJsonSchema() throws Exception {
        for (EventCatalogue.Published topic : catalogue().published()) {
            for (EventCatalogue.Event event : topic.events()) {
                ContractFiles.assertCommitted(ContractFiles.API.resolve("schemas").resolve(event.type() + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(EventSchemas.file(event.data(), event.type())));
            }
        }
    }

    @Test
    void successesAreJsonWheneverAcceptAdmitsItAndErrorsStayProblemJson() {
        for (String accept : List.of("application/json", "application/problem+json, application/json", "*/*",
                "text/html;q=0.9, application/json;q=0.1", "application/*")) {
            given().auth().oauth2(tokenForRead()).accept(accept).get(authenticatedReadPath())
                    .then().statusCode(200).contentType(startsWith("application/json"));
        }
        given().accept("application/json").get(authenticatedReadPath())
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(tokenForRead()).accept("text/csv").get(authenticatedReadPath())
                .then().statusCode(406).contentType(startsWith("application/problem+json"));
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
