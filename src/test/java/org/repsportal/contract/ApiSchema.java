package org.repsportal.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Checks a JSON value against a schema of the published description: types, required and nullable fields, enums, formats. */
final class ApiSchema {

    private final OpenAPI api;

    ApiSchema(OpenAPI api) {
        this.api = api;
    }

    Schema<?> resolve(Schema<?> schema) {
        int depth = 0;
        while (schema != null && schema.get$ref() != null && depth++ < 10) {
            String ref = schema.get$ref();
            schema = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return null;
    }

    void check(Schema<?> declared, JsonNode value, String where, List<String> problems) {
        Schema<?> schema = resolve(declared);
        if (schema == null) {
            return;
        }
        if (value == null || value.isNull()) {
            if (!Boolean.TRUE.equals(schema.getNullable()) && !Boolean.TRUE.equals(declared.getNullable())) {
                problems.add(where + " is null, which the description does not allow");
            }
            return;
        }
        String type = typeOf(schema);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + " should be an object: " + value);
                    return;
                }
                if (schema.getRequired() != null) {
                    for (String field : schema.getRequired()) {
                        if (!value.has(field)) {
                            problems.add(where + "." + field + " is required but missing");
                        }
                    }
                }
                if (schema.getProperties() != null) {
                    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                        if (value.has(property.getKey())) {
                            check(property.getValue(), value.get(property.getKey()), where + "." + property.getKey(), problems);
                        }
                    }
                }
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    value.fields().forEachRemaining(field -> {
                        if (schema.getProperties() == null || !schema.getProperties().containsKey(field.getKey())) {
                            check(values, field.getValue(), where + "." + field.getKey(), problems);
                        }
                    });
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " should be an array: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.getItems(), value.get(i), where + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + " should be a string: " + value);
                    return;
                }
                if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                        && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
                    problems.add(where + " = " + value + " is not one of " + schema.getEnum());
                }
                try {
                    if ("date".equals(schema.getFormat())) {
                        LocalDate.parse(value.asText());
                    } else if ("date-time".equals(schema.getFormat())) {
                        OffsetDateTime.parse(value.asText());
                    }
                } catch (DateTimeParseException e) {
                    problems.add(where + " = " + value + " is not a " + schema.getFormat());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + " should be an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + " should be a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + " should be true or false: " + value);
                }
            }
            default -> {
            }
        }
    }
}
