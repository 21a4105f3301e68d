package org.repsportal.contract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Requests generated from the published API description ({@code /v3/api-docs}, read with swagger-parser) for
 * every operation, as a Rep, a mentor and an Admin with their tokens: valid-looking and broken parameters and
 * bodies (wrong types, unknown enum values, malformed dates, NUL and control characters, over-long text, huge
 * lists and bodies, a parameter without a name, wrong content types and Accept headers). Every answer must be
 * below 500, have a status the operation documents, be a problem on errors and match the documented schema on
 * success. The seed is printed; {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.rounds=N} changes its size.
 */
@PortalTest
// its own database, so that the same seed generates the same requests whatever other tests ran before
@org.springframework.test.context.TestPropertySource(properties = "portal.web.max-indexed-items=100")
class ApiFuzzTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 16);
    private static final long BUDGET_MILLIS = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE_BODY = "[" + "1,".repeat(600_000) + "1]";

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    private Random random;
    private OpenAPI api;
    private ApiSchema schemas;
    private final List<Long> ids = new ArrayList<>();

    @Test
    void noGeneratedRequestIsAnsweredWith500OrOutsideTheDescription() throws Exception {
        System.out.println("ApiFuzzTests seed " + SEED + " (replay with -Dfuzz.seed=" + SEED + ")");
        random = new Random(SEED);
        Person mentor = program.mentor("Fuzz Mentor");
        Person rep = program.rep("Fuzz Rep");
        program.assign(rep, mentor);
        Person admin = program.admin("Fuzz Admin");
        Person other = program.mentor("Fuzz Other");
        ids.addAll(List.of(rep.getId(), mentor.getId(), admin.getId(), other.getId(), 1L));
        List<Person> callers = List.of(rep, mentor, admin);

        String description = mvc.perform(get("/v3/api-docs").header("Authorization", Program.bearer(rep)))
                .andReturn().getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        var parsed = new OpenAPIV3Parser().readContents(description, null, options);
        assertThat(parsed.getMessages()).as("the description parses cleanly").isEmpty();
        api = parsed.getOpenAPI();
        schemas = new ApiSchema(api);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        long started = System.currentTimeMillis();
        var operations = new ArrayList<Map.Entry<String, Map.Entry<PathItem.HttpMethod, Operation>>>();
        // disabling accounts would disable the fuzzing callers themselves; AccountDisablingTests covers it
        api.getPaths().forEach((path, item) -> item.readOperationsMap().entrySet().stream()
                .filter(op -> !path.startsWith("/api/v1/accounts/"))
                .forEach(op -> operations.add(Map.entry(path, op))));
        assertThat(operations).hasSizeGreaterThan(20);
        outer:
        for (int round = 0; round < ROUNDS; round++) {
            for (var entry : operations) {
                for (Person caller : callers) {
                    if (System.currentTimeMillis() - started > BUDGET_MILLIS) {
                        break outer;
                    }
                    String path = entry.getKey();
                    PathItem.HttpMethod method = entry.getValue().getKey();
                    Operation operation = entry.getValue().getValue();
                    Generated generated = generate(path, method, operation, Program.bearer(caller));
                    MockHttpServletResponse response;
                    try {
                        response = mvc.perform(generated.request).andReturn().getResponse();
                    } catch (Exception | AssertionError thrown) {
                        failures.add(generated.describe + " threw " + thrown);
                        continue;
                    }
                    requests++;
                    statuses.merge(response.getStatus(), 1, Integer::sum);
                    List<String> problems = check(operation, response);
                    if (!problems.isEmpty() && failures.size() < 60) {
                        failures.add(generated.describe + " → " + response.getStatus() + ": " + problems
                                + " " + abbreviate(response.getContentAsString(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        System.out.printf("ApiFuzzTests seed %d: %d requests over %d operations in %d ms, statuses %s%n",
                SEED, requests, operations.size(), System.currentTimeMillis() - started, statuses);
        assertThat(requests).as("every operation requested by every caller at least once within %d ms", BUDGET_MILLIS)
                .isGreaterThanOrEqualTo(operations.size() * callers.size());
        assertThat(failures).as("seed %d", SEED).isEmpty();
    }

    private List<String> check(Operation operation, MockHttpServletResponse response) throws Exception {
        List<String> problems = new ArrayList<>();
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            problems.add("a server error");
        }
        ApiResponse documented = operation.getResponses().get(String.valueOf(status));
        if (documented == null) {
            documented = operation.getResponses().get("default");
        }
        if (documented == null) {
            problems.add("status " + status + " is not documented (" + operation.getResponses().keySet() + ")");
        }
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                problems.add("an error that is not problem+json but " + type);
            } else {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                    problems.add("a problem without its status and title");
                }
                if ((status == 400) && problem.has("errors")) {
                    problem.get("errors").forEach(error -> {
                        if (!error.hasNonNull("field") || !error.hasNonNull("message")) {
                            problems.add("an invalid field without its name or message");
                        }
                    });
                }
            }
        } else if (documented != null && documented.getContent() != null && type.contains("json") && !body.isEmpty()) {
            MediaType media = documented.getContent().values().iterator().next();
            JsonNode value = JSON.readTree(body);
            schemas.check(media.getSchema(), value, "$", problems);
            collectIds(value);
        }
        return problems;
    }

    private void collectIds(JsonNode value) {
        if (value.isObject()) {
            if (value.path("id").isIntegralNumber() && ids.size() < 500) {
                ids.add(value.get("id").asLong());
            }
            value.elements().forEachRemaining(this::collectIds);
        } else if (value.isArray()) {
            value.elements().forEachRemaining(this::collectIds);
        }
    }

    private record Generated(MockHttpServletRequestBuilder request, String describe) {
    }

    private Generated generate(String template, PathItem.HttpMethod method, Operation operation, String bearer) {
        String path = template;
        List<String> query = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                Schema<?> schema = schemas.resolve(parameter.getSchema());
                if ("path".equals(parameter.getIn())) {
                    path = path.replace("{" + parameter.getName() + "}", encode(scalarText(schema, true)));
                } else if ("query".equals(parameter.getIn()) && (Boolean.TRUE.equals(parameter.getRequired()) || random.nextInt(3) > 0)) {
                    if (schema != null && "array".equals(ApiSchema.typeOf(schema))) {
                        for (int i = random.nextInt(3); i >= 0; i--) {
                            query.add(encode(parameter.getName()) + "=" + encode(scalarText(schemas.resolve(schema.getItems()), true)));
                        }
                    } else {
                        query.add(encode(parameter.getName()) + "=" + encode(scalarText(schema, true)));
                    }
                }
            }
        }
        switch (random.nextInt(12)) {
            case 0 -> query.add("=x");
            case 1 -> query.add("x=1=1");
            case 2 -> query.add("%00=%00");
            default -> {
            }
        }
        String uri = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), java.net.URI.create(uri))
                .header("Authorization", bearer);
        String describe = method + " " + uri;
        switch (random.nextInt(20)) {
            case 0 -> request.header("Accept", "text/csv");
            case 1 -> request.header("Accept", "text/html");
            case 2 -> request.header("Accept", "application/json");
            default -> {
            }
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            MediaType media = operation.getRequestBody().getContent().get("application/json");
            Schema<?> schema = media == null ? null : media.getSchema();
            int shape = random.nextInt(40);
            String body;
            String contentType = "application/json";
            if (shape == 0) {
                body = "{\"not json";
            } else if (shape == 1) {
                body = "plain text";
                contentType = "text/plain";
            } else if (shape == 2) {
                body = HUGE_BODY;
            } else if (shape == 3) {
                body = "";
            } else {
                body = value(schema, 0).toString();
            }
            request.contentType(contentType).content(body);
            describe += " " + contentType + " " + abbreviate(body);
        }
        return new Generated(request, describe);
    }

    private JsonNode value(Schema<?> declared, int depth) {
        Schema<?> schema = schemas.resolve(declared);
        if (schema == null || depth > 6) {
            return NODES.nullNode();
        }
        int chaos = random.nextInt(30);
        if (chaos == 0) {
            return NODES.nullNode();
        }
        if (chaos == 1) {
            return NODES.textNode("wrong type");
        }
        if (chaos == 2) {
            return NODES.numberNode(random.nextInt());
        }
        String type = ApiSchema.typeOf(schema);
        if (type == null) {
            return NODES.textNode(word());
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> {
                        boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
                        if (required ? random.nextInt(25) > 0 : random.nextInt(4) > 0) {
                            object.set(name, value(property, depth + 1));
                        }
                    });
                }
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    for (int i = random.nextInt(3); i > 0; i--) {
                        object.set(word(), value(values, depth + 1));
                    }
                }
                if (random.nextInt(20) == 0) {
                    object.put("unexpected", "field");
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(40) == 0 ? 300 + random.nextInt(200) : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(schema.getItems(), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(Long.parseLong(scalarText(schema, false)));
            }
            case "number" -> {
                return random.nextBoolean() ? NODES.numberNode(random.nextInt(1000) / 10.0)
                        : NODES.textNode(String.valueOf(random.nextInt(100)));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(scalarText(schema, false));
            }
        }
    }

    /** A value for a parameter or a JSON scalar; {@code broken} allows values of the wrong shape. */
    private String scalarText(Schema<?> schema, boolean broken) {
        String type = schema == null ? "string" : ApiSchema.typeOf(schema);
        int chaos = random.nextInt(10);
        if (broken && chaos == 0) {
            return List.of("abc", "", "-1", "9223372036854775808", "1e9", "2026-13-45", "%", "\u0000", " ").get(random.nextInt(9));
        }
        if ("integer".equals(type)) {
            int pick = random.nextInt(10);
            if (pick < 7) {
                return String.valueOf(ids.get(random.nextInt(ids.size())));
            }
            return String.valueOf(List.of(0L, -1L, Long.MAX_VALUE, 999_999_999L, 3L, 20L).get(random.nextInt(6)));
        }
        if ("boolean".equals(type)) {
            return String.valueOf(random.nextBoolean());
        }
        if ("number".equals(type)) {
            return String.valueOf(random.nextInt(500));
        }
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty() && chaos < 8) {
            return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        if (schema != null && "date".equals(schema.getFormat()) && chaos < 8) {
            return LocalDate.of(2026, 12, 1).plusDays(random.nextInt(120) - 60).toString();
        }
        if (schema != null && "date-time".equals(schema.getFormat()) && chaos < 8) {
            return "2026-12-" + (10 + random.nextInt(18)) + "T10:00:00Z";
        }
        return switch (random.nextInt(12)) {
            case 0 -> "with\u0000nul";
            case 1 -> "control\u0007\u001b[31mchars\u0085";
            case 2 -> "x".repeat(5_000 + random.nextInt(5_000));
            case 3 -> "<script>alert(1)</script>";
            case 4 -> "'; drop table person; --";
            case 5 -> "2026-02-30";
            case 6 -> "Ünïcødé 😀 ✓";
            case 7 -> "https://example.org/" + word();
            case 8 -> "Europe/Berlin";
            case 9 -> "EVENTS";
            default -> word();
        };
    }

    private String word() {
        String[] words = {"mentor", "report", "goal", "plan", "event", "talk", "community", "help", "idea", "ok"};
        return words[random.nextInt(words.length)] + (random.nextBoolean() ? " " + words[random.nextInt(words.length)] : "");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }
}
