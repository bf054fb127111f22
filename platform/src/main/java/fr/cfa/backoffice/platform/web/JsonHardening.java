package fr.cfa.backoffice.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies: a string holding a NUL character is refused as an invalid value of its field (400
 * naming it; PostgreSQL cannot store NUL and would answer a 500), and parsing is bounded (nesting depth,
 * string length) so a hostile body costs little before it is refused.
 */
@Singleton
public class JsonHardening implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(100_000).maxNumberLength(100).build());
        SimpleModule module = new SimpleModule("nul-refusing-strings");
        module.addDeserializer(String.class, new NulRefusingStringDeserializer());
        mapper.registerModule(module);
    }

    static final class NulRefusingStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "must not contain a NUL character", value, String.class);
            }
            return value;
        }
    }
}
