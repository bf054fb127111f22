package fr.cfa.backoffice.platform.web.openapi;

import fr.cfa.backoffice.platform.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every service's OpenAPI document the same way, so resources declare only what is
 * specific to an operation: the error answers every operation can give (problem+json, once here
 * instead of copied annotations), the standard headers, {@code security: []} on public operations,
 * plain string formats instead of UUID/date model classes, and the document's servers, contact and
 * SPDX license. Registered by {@code mp.openapi.filter} in the platform defaults.
 */
public class ContractFilter implements OASFilter {
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Marks an operation served by platform's public cache; replaced by the headers and 304 it implies. */
    public static final String PUBLIC_CACHE_EXTENSION = "x-backoffice-public-cache";
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    /** Java types SmallRye turns into components; clients want plain strings with a format. */
    private static final Set<String> SCALAR_COMPONENTS = Set.of("UUID", "LocalDate", "LocalTime", "LocalDateTime", "OffsetDateTime",
            "ZonedDateTime", "Instant", "Duration", "YearMonth", "URI", "URL");

    /** The errors any operation may answer, whatever it does. */
    private static final Map<String, String> ALWAYS = Map.of(
            "406", "The Accept header admits neither application/json nor application/problem+json",
            "500", "Unexpected error; the answer carries an error id that is also in the service's log",
            "503", "The database or the broker is unreachable; retry later");

    /** SmallRye's and Quarkus' default wordings, replaced by what the caller can do about it. */
    private static final Map<String, String> GENERIC_DESCRIPTIONS = Map.of(
            "Bad Request", "400 Invalid input: the problem's errors list the fields at fault",
            "Not Authorized", "401 No valid bearer token (missing, expired, wrong audience or issuer)",
            "Not Allowed", "403 The token's role may not do this");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        document(api, config);
        inlineScalars(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) return;
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) return;
            item.getOperations().forEach((method, operation) -> operation(path, method, item, operation));
        });
    }

    private static void document(OpenAPI api, Config config) {
        Info info = api.getInfo() == null ? OASFactory.createInfo() : api.getInfo();
        api.setInfo(info);
        License license = info.getLicense() == null ? OASFactory.createLicense() : info.getLicense();
        info.setLicense(license);
        config.getOptionalValue("backoffice.openapi.license-name", String.class).ifPresent(license::setName);
        config.getOptionalValue("backoffice.openapi.license-identifier", String.class).ifPresent(license::setIdentifier);
        Contact contact = info.getContact() == null ? OASFactory.createContact() : info.getContact();
        info.setContact(contact);
        config.getOptionalValue("backoffice.openapi.contact-name", String.class).ifPresent(contact::setName);
        config.getOptionalValue("backoffice.openapi.contact-email", String.class).ifPresent(contact::setEmail);
        // servers come from each service's mp.openapi.servers; they get a description, never Quarkus' "Auto generated value"
        String description = config.getOptionalValue("backoffice.openapi.server-description", String.class).orElse(null);
        if (api.getServers() != null) {
            api.getServers().forEach(server -> {
                if (server.getDescription() == null || server.getDescription().startsWith("Auto generated")) server.setDescription(description);
            });
        }
    }

    private static void operation(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) operation.setSecurity(new ArrayList<>()); // public: `security: []`, not "inherits a global default"
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) parameters.addAll(item.getParameters());
        if (operation.getParameters() != null) parameters.addAll(operation.getParameters());
        boolean hasBody = operation.getRequestBody() != null;

        if (hasBody || !parameters.isEmpty()) addError(responses, "400", "Invalid input: the problem's errors list the fields at fault");
        if (secured) {
            addError(responses, "401", "No valid bearer token (missing, expired, wrong audience or issuer)");
            addError(responses, "403", "The token's role may not do this");
        }
        if (path.contains("{")) addError(responses, "404", "No such resource, or not yours to see");
        if (hasBody) {
            addError(responses, "413", "The body is larger than the service accepts");
            addError(responses, "415", "The body is not application/json");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            addError(responses, "412", "The If-Match ETag is not the resource's current version: read it again");
        }
        ALWAYS.forEach((code, description) -> addError(responses, code, description));
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC_CACHE_EXTENSION)) {
            operation.removeExtension(PUBLIC_CACHE_EXTENSION);
            // SmallRye copies a method's @Extension onto the responses it declares too
            responses.getAPIResponses().values().forEach(r -> {
                if (r.getExtensions() != null && r.getExtensions().containsKey(PUBLIC_CACHE_EXTENSION)) r.removeExtension(PUBLIC_CACHE_EXTENSION);
            });
            publicCache(operation, responses);
        }

        boolean idempotent = parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
                String generic = GENERIC_DESCRIPTIONS.get(response.getDescription());
                if (generic != null && generic.startsWith(code)) response.setDescription(generic.substring(4));
            } else if (code.startsWith("2")) {
                if (code.equals("201")) header(response, "Location", "The URL of the created resource", "uri");
                if (response.getHeaders() != null && response.getHeaders().containsKey("ETag")) {
                    header(response, "ETag", "The resource's version; send it back in If-Match to change the resource", null);
                }
                if (idempotent) {
                    header(response, "Idempotent-Replayed", "true when this answer replays the first request made with the same Idempotency-Key", null);
                }
            }
        });
        // stable order in the document: by status code
        APIResponses ordered = OASFactory.createAPIResponses();
        sorted.forEach(ordered::addAPIResponse);
        if (responses.getDefaultValue() != null) ordered.setDefaultValue(responses.getDefaultValue());
        operation.setResponses(ordered);
    }

    /**
     * An operation marked {@code @Extension(name = ContractFilter.PUBLIC_CACHE_EXTENSION, value = "true")} (the ones
     * annotated {@code @PublicCached}) documents its conditional GET: If-None-Match, the 200's ETag and Cache-Control, 304.
     */
    private static void publicCache(Operation operation, APIResponses responses) {
        Parameter ifNoneMatch = OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER).required(false)
                .description("An ETag of an earlier answer: 304 without a body while it is still the current one")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("\"Zk3m0cQe7b1Tq9v2LwXyAa\"");
        operation.addParameter(ifNoneMatch);
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            header(ok, "ETag", "A hash of this answer, the same on every instance; send it in If-None-Match to ask whether it changed", null);
            header(ok, "Cache-Control", "public, max-age=N (seconds a client or proxy may reuse the answer), or no-cache (ask again each time, with If-None-Match)", null);
        }
        APIResponse notModified = OASFactory.createAPIResponse().description("Not modified: the answer named by If-None-Match is still the current one (no body)");
        header(notModified, "ETag", "The current answer's ETag", null);
        header(notModified, "Cache-Control", "As on the 200", null);
        responses.addAPIResponse("304", notModified);
    }

    private static void addError(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void header(APIResponse response, String name, String description, String format) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(response.getHeaders());
        Header header = headers.get(name) == null ? OASFactory.createHeader() : headers.get(name);
        if (header.getDescription() == null) header.setDescription(description);
        if (header.getSchema() == null) {
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            if (format != null) schema.setFormat(format);
            header.setSchema(schema);
        }
        headers.put(name, header);
        response.setHeaders(headers);
    }

    // --- UUID, dates: inline strings with a format -------------------------------------------------

    private static void inlineScalars(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null) return;
        Map<String, Schema> scalars = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (SCALAR_COMPONENTS.contains(name) && schema.getProperties() == null) scalars.put(name, schema);
        });
        if (scalars.isEmpty()) return;
        Map<String, Schema> remaining = new TreeMap<>(components.getSchemas());
        scalars.keySet().forEach(remaining::remove);
        components.setSchemas(new LinkedHashMap<>(remaining));
        remaining.values().forEach(s -> inline(s, scalars));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) item.getParameters().forEach(p -> inline(p.getSchema(), scalars));
                if (item.getOperations() == null) return;
                item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) op.getParameters().forEach(p -> inline(p.getSchema(), scalars));
                    if (op.getRequestBody() != null) inline(op.getRequestBody().getContent(), scalars);
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            inline(r.getContent(), scalars);
                            if (r.getHeaders() != null) r.getHeaders().values().forEach(h -> inline(h.getSchema(), scalars));
                        });
                    }
                });
            });
        }
    }

    private static void inline(Content content, Map<String, Schema> scalars) {
        if (content == null || content.getMediaTypes() == null) return;
        for (MediaType media : content.getMediaTypes().values()) inline(media.getSchema(), scalars);
    }

    private static void inline(Schema schema, Map<String, Schema> scalars) {
        if (schema == null) return;
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(COMPONENT_PREFIX) && scalars.containsKey(ref.substring(COMPONENT_PREFIX.length()))) {
            Schema scalar = scalars.get(ref.substring(COMPONENT_PREFIX.length()));
            schema.setRef(null);
            List<Schema.SchemaType> types = new ArrayList<>(scalar.getType() == null ? List.of() : scalar.getType());
            if (schema.getType() != null) schema.getType().stream().filter(t -> !types.contains(t)).forEach(types::add);
            schema.setType(types);
            if (schema.getFormat() == null) schema.setFormat(scalar.getFormat());
            if (schema.getPattern() == null && scalar.getPattern() != null && !"uuid".equals(scalar.getFormat())) schema.setPattern(scalar.getPattern());
            if (schema.getExamples() == null && scalar.getExamples() != null) schema.setExamples(scalar.getExamples());
        }
        if (schema.getProperties() != null) schema.getProperties().values().forEach(s -> inline(s, scalars));
        inline(schema.getItems(), scalars);
        inline(schema.getNot(), scalars);
        inline(schema.getAdditionalPropertiesSchema(), scalars);
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) group.forEach(s -> inline(s, scalars));
        }
    }
}
