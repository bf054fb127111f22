package fr.cfa.backoffice.platform.testing.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * The JSON Schema (2020-12) of an event's data, generated from the producer's record: every component is
 * required; it may be null only when annotated {@code @Nullable} (any annotation of that simple name, so
 * the data-only contract modules need no library). Formats: UUID uuid, LocalDate date, OffsetDateTime date-time.
 */
public final class EventSchemas {
    private static final SchemaGenerator GENERATOR = generator();

    private EventSchemas() {}

    public static ObjectNode of(Class<?> record) {
        ObjectNode schema = GENERATOR.generateSchema(record);
        schema.put("title", record.getSimpleName());
        return schema;
    }

    /** The schema as a standalone file: with its {@code $schema} and {@code $id} ({@code <type>.json}). */
    public static ObjectNode file(Class<?> record, String type) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        file.put("$id", type + ".json");
        file.setAll(of(record));
        return file;
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.INLINE_ALL_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withRequiredCheck(field -> !field.isFakeContainerItemScope())
                .withNullableCheck(EventSchemas::nullable);
        return new SchemaGenerator(config.build());
    }

    private static boolean nullable(FieldScope field) {
        Field raw = field.getRawMember();
        return raw != null && Arrays.stream(raw.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
