package org.repsportal.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published API description says what the API really does: bearer tokens, the problems every operation
 * may answer (RFC 9457, with the invalid fields), which fields a request must carry and which ones of an
 * answer may be {@code null} — every field of an answer is always present. Operations that need no token
 * say so with an empty {@code @SecurityRequirements}.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/";

    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A personal access token from the settings page: Authorization: Bearer <token>."));
            components.addSchemas("FieldError", new ObjectSchema()
                    .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())
                    .required(List.of("field", "message")));
            components.addSchemas(PROBLEM, new ObjectSchema()
                    .description("RFC 9457 problem details; invalid input names its fields in errors.")
                    .addProperty("type", new StringSchema())
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema())
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + "FieldError")))
                    .required(List.of("type", "title", "status")));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                        addProblems(method, operation)));
                markAnswersComplete(api);
            }
        };
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean unsafe = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasPathVariables = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        Map<String, String> problems = new LinkedHashMap<>();
        if (takesInput) {
            problems.put("400", "Invalid input; errors name the fields");
        }
        if (!open) {
            problems.put("401", "No or an unknown access token");
            problems.put("403", "The caller may not do this");
        }
        if (hasPathVariables || !open) {
            problems.put("404", "Unknown id, or not visible to the caller");
        }
        problems.put("406", "The Accept header asks for a type this operation cannot answer with");
        if (unsafe) {
            problems.put("409", "Conflicting state or a stale version");
            problems.put("422", "A rule of the program refuses this");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The request body is too large");
            problems.put("415", "The request body is not JSON");
        }
        ApiResponse ok = responses.get("200");
        if (ok != null && ok.getContent() != null && ok.getContent().size() > 1 && ok.getContent().containsKey(CsvExport.MEDIA_TYPE)) {
            // a list that also answers CSV (Accept: text/csv): JSON stays the first, default answer
            MediaType csv = ok.getContent().remove(CsvExport.MEDIA_TYPE);
            ok.getContent().addMediaType(CsvExport.MEDIA_TYPE, csv);
        }
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref(REF + PROBLEM)))));
            }
        });
    }

    /** Every field of an answer is written, {@code null} or not: all properties of answer schemas are required. */
    private static void markAnswersComplete(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas() == null ? Map.of() : api.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        Set<String> answered = new HashSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> collect(media.getSchema(), schemas, sent));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        response.getContent().values().forEach(media -> collect(media.getSchema(), schemas, answered));
                    }
                });
            }
        }));
        answered.removeAll(sent);
        answered.forEach(name -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static void collect(Schema<?> schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collect(schemas.get(name), schemas, names);
            }
            return;
        }
        collect(schema.getItems(), schemas, names);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            collect(values, schemas, names);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, schemas, names));
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(part -> collect(part, schemas, names));
            }
        }
    }

    /**
     * Fields of records: a primitive, a collection or a field marked {@code @NotNull}/{@code @NotBlank}/
     * {@code @NotEmpty} is never {@code null}; any other may be. A request must carry the marked ones.
     */
    @Bean
    ModelConverter recordNullability() {
        return new ModelConverter() {
            @Override
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                Class<?> raw = rawClass(type.getType());
                if (resolved == null || raw == null || !raw.isRecord()) {
                    return resolved;
                }
                Schema<?> model = resolved.get$ref() != null
                        ? context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1))
                        : resolved;
                if (model == null || model.getProperties() == null) {
                    return resolved;
                }
                List<String> required = new ArrayList<>(model.getRequired() == null ? List.of() : model.getRequired());
                for (RecordComponent component : raw.getRecordComponents()) {
                    Schema<?> property = model.getProperties().get(component.getName());
                    if (property == null) {
                        continue;
                    }
                    var accessor = component.getAccessor();
                    boolean marked = accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                            || accessor.isAnnotationPresent(NotEmpty.class);
                    boolean neverNull = marked || component.getType().isPrimitive()
                            || Collection.class.isAssignableFrom(component.getType())
                            || Map.class.isAssignableFrom(component.getType());
                    if (!neverNull && property.get$ref() == null) {
                        property.setNullable(true);
                    }
                    if (marked && !required.contains(component.getName())) {
                        required.add(component.getName());
                    }
                }
                model.setRequired(required.isEmpty() ? null : required);
                return resolved;
            }
        };
    }

    private static Class<?> rawClass(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof com.fasterxml.jackson.databind.JavaType javaType) {
            return javaType.getRawClass();
        }
        return null;
    }
}
