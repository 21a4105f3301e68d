package org.repsportal.platform;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** JSON strings lose their control characters as form fields do ({@link CleanText}); Boot adds the module to its mapper. */
@Component
class CleanTextModule extends SimpleModule {

    CleanTextModule() {
        super("portal-clean-text");
        addDeserializer(String.class, new CleanStrings());
    }

    private static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return CleanText.of(super.deserialize(parser, context));
        }
    }
}
