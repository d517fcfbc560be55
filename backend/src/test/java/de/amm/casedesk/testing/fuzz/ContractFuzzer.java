package de.amm.casedesk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.web.api.Web;

/**
 * Requests generated from the published contract (openapi.yaml, parsed by swagger-parser) with jqwik's generators:
 * for every operation, its path and query parameters, its headers and its body follow the operation's schema, and a
 * share of them is made hostile on purpose (one value replaced by a wrong type, a boundary, a control character, a
 * formula, a date that does not exist, a field left out or one the contract does not know, a body that is not JSON,
 * another content type). Ids come from pools of records that exist (and grow with what the run creates), so that the
 * requests reach the services and not only the parameter checks.
 */
public final class ContractFuzzer {

    /** One generated request: the caller is an index into the test's callers. */
    public record FuzzRequest(
            String operation,
            String method,
            String path,
            String query,
            Map<String, String> headers,
            byte[] body,
            String contentType,
            int caller,
            boolean wantsEtag) {

        public String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (shown.length() > 300) {
                shown = shown.substring(0, 300) + "…";
            }
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " caller#" + caller + " headers="
                    + headers + " type=" + contentType + " body=" + shown;
        }
    }

    /** One operation of the contract, with the arbitrary of its requests. */
    public record FuzzOperation(String id, String method, String template, Arbitrary<FuzzRequest> requests) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenAPI api;
    private final IdPools ids;
    private final int callers;

    public ContractFuzzer(Path contract, IdPools ids, int callers) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        var result = new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("openapi.yaml could not be parsed: " + result.getMessages());
        }
        this.api = result.getOpenAPI();
        this.ids = ids;
        this.callers = callers;
    }

    public List<FuzzOperation> operations() {
        List<FuzzOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    entry.getValue().readOperationsMap().entrySet()) {
                String method = op.getKey().name();
                operations.add(new FuzzOperation(
                        op.getValue().getOperationId(),
                        method,
                        entry.getKey(),
                        requests(entry.getKey(), method, op.getValue())));
            }
        }
        return operations;
    }

    /** Methods the contract does not list for a path, which must be refused as problems too. */
    public List<FuzzOperation> undocumentedMethods() {
        List<FuzzOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            Set<PathItem.HttpMethod> documented =
                    entry.getValue().readOperationsMap().keySet();
            for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
                if (documented.contains(PathItem.HttpMethod.valueOf(method))) {
                    continue;
                }
                Arbitrary<FuzzRequest> requests = Combinators.combine(
                                pathOf(entry.getKey(), List.of()),
                                Arbitraries.integers().between(0, callers - 1))
                        .as((path, caller) -> new FuzzRequest(
                                method + " (undocumented)",
                                method,
                                path,
                                "",
                                Map.of(),
                                "{}".getBytes(StandardCharsets.UTF_8),
                                "application/json",
                                caller,
                                false));
                operations.add(new FuzzOperation(method + " " + entry.getKey(), method, entry.getKey(), requests));
                break;
            }
        }
        return operations;
    }

    private Arbitrary<FuzzRequest> requests(String template, String method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        List<Parameter> pathParameters =
                parameters.stream().filter(p -> "path".equals(p.getIn())).toList();
        List<Parameter> queryParameters =
                parameters.stream().filter(p -> "query".equals(p.getIn())).toList();
        List<Parameter> headerParameters =
                parameters.stream().filter(p -> "header".equals(p.getIn())).toList();

        Arbitrary<String> path = pathOf(template, pathParameters);
        Arbitrary<String> query = queryOf(queryParameters);
        Arbitrary<Map<String, String>> headers = headersOf(headerParameters);
        Arbitrary<Body> body = bodyOf(operation);
        Arbitrary<Integer> caller = Arbitraries.integers().between(0, callers - 1);
        boolean conditional =
                headerParameters.stream().anyMatch(p -> p.getName().equals("If-Match"));
        Arbitrary<Boolean> wantsEtag = conditional ? Arbitraries.of(true, true, false) : Arbitraries.just(false);
        return Combinators.combine(path, query, headers, body, caller, wantsEtag)
                .as((p, q, h, b, c, e) ->
                        new FuzzRequest(operation.getOperationId(), method, p, q, h, b.bytes(), b.contentType(), c, e));
    }

    // --- Path and query ----------------------------------------------------------------------

    private Arbitrary<String> pathOf(String template, List<Parameter> parameters) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        if (names.isEmpty()) {
            return Arbitraries.just(template);
        }
        List<Arbitrary<String>> values = new ArrayList<>();
        for (String name : names) {
            String kind = IdPools.kindOfPathParameter(template, name);
            values.add(Arbitraries.frequencyOf(
                            Tuple.of(14, ids.of(kind)),
                            Tuple.of(
                                    2,
                                    Arbitraries.create(() -> UUID.randomUUID().toString())),
                            Tuple.of(2, hostileText().map(JsonNode::asText)))
                    .map(ContractFuzzer::encodePathSegment));
        }
        return Combinators.combine(values).as(list -> {
            String path = template;
            for (int i = 0; i < names.size(); i++) {
                path = path.replace("{" + names.get(i) + "}", list.get(i));
            }
            return path;
        });
    }

    private static String encodePathSegment(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    private Arbitrary<String> queryOf(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            return Arbitraries.of("", "", "", "unknownParameter=1");
        }
        List<Arbitrary<Optional<String>>> parts = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Arbitrary<JsonNode> value = Arbitraries.frequencyOf(
                    Tuple.of(8, valueOf(parameter.getSchema(), parameter.getName(), 0)), Tuple.of(2, hostileValue()));
            parts.add(value.map(v -> v.isArray() ? joinArray(v) : v.asText())
                    .map(v -> parameter.getName() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                    .optional(0.5));
        }
        return Combinators.combine(parts)
                .as(list ->
                        String.join("&", list.stream().flatMap(Optional::stream).toList()));
    }

    private static String joinArray(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(",", items);
    }

    private Arbitrary<Map<String, String>> headersOf(List<Parameter> parameters) {
        Arbitrary<Map<String, String>> headers = Arbitraries.just(Map.of());
        for (Parameter parameter : parameters) {
            Arbitrary<Optional<String>> value = switch (parameter.getName()) {
                case "Idempotency-Key" ->
                    Arbitraries.frequencyOf(
                                    Tuple.of(
                                            6,
                                            Arbitraries.create(
                                                    () -> UUID.randomUUID().toString())),
                                    Tuple.of(2, Arbitraries.of("retry-1", "retry-2", "retry-3")),
                                    Tuple.of(1, Arbitraries.of("", " ", "ä-key", "x".repeat(101))))
                            .optional(0.7);
                case "If-Match" ->
                    Arbitraries.of("\"0\"", "\"1\"", "W/\"1\"", "*", "garbage", "\"\"", "\"99999999999999\"")
                            .optional(0.6);
                default -> Arbitraries.strings().ofMaxLength(20).optional(0.5);
            };
            headers = Combinators.combine(headers, value).as((map, v) -> {
                if (v.isEmpty()) {
                    return map;
                }
                Map<String, String> more = new LinkedHashMap<>(map);
                more.put(parameter.getName(), v.get());
                return more;
            });
        }
        return headers;
    }

    // --- Bodies ------------------------------------------------------------------------------

    /** A request body and the content type it is sent as (null: no Content-Type header). */
    record Body(byte[] bytes, String contentType) {}

    private Arbitrary<Body> bodyOf(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Arbitraries.frequencyOf(
                    Tuple.of(9, Arbitraries.just(new Body(null, null))),
                    Tuple.of(1, Arbitraries.just(new Body("{}".getBytes(StandardCharsets.UTF_8), "application/json"))));
        }
        var content = operation.getRequestBody().getContent();
        if (!content.containsKey("application/json")) {
            List<String> types = new ArrayList<>(content.keySet());
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            6,
                            Combinators.combine(Arbitraries.of(types), binaryContent())
                                    .as((type, bytes) -> new Body(bytes, type))),
                    Tuple.of(1, binaryContent().map(bytes -> new Body(bytes, "application/json"))),
                    Tuple.of(1, binaryContent().map(bytes -> new Body(bytes, "text/plain"))),
                    Tuple.of(1, Arbitraries.just(new Body(new byte[0], types.getFirst()))));
        }
        Schema<?> schema = content.get("application/json").getSchema();
        Arbitrary<JsonNode> valid = valueOf(schema, "body", 0);
        Arbitrary<JsonNode> mutated = valid.flatMap(this::mutateOne);
        Arbitrary<Body> json = Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(6, mutated))
                .map(node -> new Body(bytes(node), "application/json"));
        Arbitrary<Body> broken = Arbitraries.of(
                        "", "{", "[]", "null", "\"text\"", "42", "{\"a\":", "{}}", "\u0000", "{\"x\": NaN}", "[{}]")
                .map(text -> new Body(text.getBytes(StandardCharsets.UTF_8), "application/json"));
        Arbitrary<Body> otherType = valid.map(node -> bytes(node))
                .flatMap(bytes -> Arbitraries.of(
                        new Body(bytes, null),
                        new Body(bytes, "text/plain"),
                        new Body(bytes, "application/xml"),
                        new Body(bytes, "application/json; charset=ISO-8859-1"),
                        new Body(bytes, "multipart/form-data; boundary=x")));
        return Arbitraries.frequencyOf(Tuple.of(16, json), Tuple.of(2, broken), Tuple.of(2, otherType));
    }

    private static Arbitrary<byte[]> binaryContent() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> pdf = Arbitraries.strings()
                .ofMaxLength(200)
                .map(tail -> ("%PDF-1.4\n" + tail + "\n%%EOF").getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> png = random.map(tail -> {
            byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
            byte[] all = new byte[magic.length + tail.length];
            System.arraycopy(magic, 0, all, 0, magic.length);
            System.arraycopy(tail, 0, all, magic.length, tail.length);
            return all;
        });
        return Arbitraries.oneOf(random, pdf, png);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces one value of the body (or removes it, or adds an unknown field) with something hostile. */
    private Arbitrary<JsonNode> mutateOne(JsonNode valid) {
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(valid, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            return hostileValue();
        }
        return Combinators.combine(
                        Arbitraries.of(paths),
                        hostileValue(),
                        Arbitraries.integers().between(0, 9))
                .as((path, hostile, how) -> {
                    JsonNode copy = valid.deepCopy();
                    if (path.isEmpty()) {
                        return hostile;
                    }
                    JsonNode parent = copy;
                    for (Object step : path.subList(0, path.size() - 1)) {
                        parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
                    }
                    Object last = path.getLast();
                    if (parent instanceof ObjectNode object && last instanceof String field) {
                        if (how == 0) {
                            object.remove(field);
                        } else if (how == 1) {
                            object.set("unknown" + field, hostile);
                        } else {
                            object.set(field, hostile);
                        }
                    } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
                        array.set(index, hostile);
                    }
                    return copy;
                });
    }

    private static void collectPaths(JsonNode node, List<Object> at, List<List<Object>> paths) {
        paths.add(List.copyOf(at));
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                List<Object> next = new ArrayList<>(at);
                next.add(field.getKey());
                collectPaths(field.getValue(), next, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                collectPaths(node.get(i), next, paths);
            }
        }
    }

    // --- Values from schemas -----------------------------------------------------------------

    /** Values that follow the schema (the name hints at ids, codes and districts the contract types as text). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Arbitrary<JsonNode> valueOf(Schema schema, String name, int depth) {
        if (schema == null) {
            return Arbitraries.just(JSON.textNode("x"));
        }
        if (schema.getAnyOf() != null || schema.getOneOf() != null) {
            List<Schema> choices = new ArrayList<>(schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf());
            List<Arbitrary<JsonNode>> options = new ArrayList<>();
            for (Schema choice : choices) {
                options.add(valueOf(choice, name, depth));
            }
            return Arbitraries.oneOf(options);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valueOf((Schema) schema.getAllOf().getFirst(), name, depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<JsonNode> values = new ArrayList<>();
            for (Object value : schema.getEnum()) {
                values.add(value == null ? JSON.nullNode() : MAPPER.valueToTree(value));
            }
            return Arbitraries.of(values);
        }
        String type = typeOf(schema);
        boolean nullable = schema.getTypes() != null && schema.getTypes().contains("null");
        Arbitrary<JsonNode> value = switch (type) {
            case "object" -> objectOf(schema, depth);
            case "array" -> arrayOf(schema, name, depth);
            case "integer" -> integerOf(schema);
            case "number" -> numberOf(schema);
            case "boolean" -> Arbitraries.of(true, false).map(JSON::booleanNode);
            case "null" -> Arbitraries.just(JSON.nullNode());
            default -> stringOf(schema, name);
        };
        return nullable ? value.injectNull(0.1).map(v -> v == null ? JSON.nullNode() : v) : value;
    }

    @SuppressWarnings("rawtypes")
    private static String typeOf(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            for (Object t : schema.getTypes()) {
                if (!"null".equals(t)) {
                    return (String) t;
                }
            }
            return "null";
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return "string";
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Arbitrary<JsonNode> objectOf(Schema schema, int depth) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        if (properties.isEmpty() || depth > 4) {
            return Arbitraries.just(JSON.objectNode());
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<String> names = new ArrayList<>(properties.keySet());
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        for (String name : names) {
            Arbitrary<JsonNode> value = valueOf(properties.get(name), name, depth + 1);
            values.add(required.contains(name) ? value.map(Optional::of) : value.optional(0.6));
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode object = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                int at = i;
                list.get(i).ifPresent(v -> object.set(names.get(at), v));
            }
            return object;
        });
    }

    @SuppressWarnings("rawtypes")
    private Arbitrary<JsonNode> arrayOf(Schema schema, String name, int depth) {
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Math.max(min, 4) : Math.min(schema.getMaxItems(), min + 4);
        Arbitrary<JsonNode> item = valueOf(schema.getItems(), singular(name), depth + 1);
        return item.list().ofMinSize(min).ofMaxSize(max).map(items -> {
            ArrayNode array = JSON.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    @SuppressWarnings("rawtypes")
    private static Arbitrary<JsonNode> integerOf(Schema schema) {
        long min = schema.getMinimum() == null ? -1000 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? 100_000 : schema.getMaximum().longValue();
        if (schema.getExclusiveMinimumValue() != null) {
            min = schema.getExclusiveMinimumValue().longValue() + 1;
        }
        return Arbitraries.longs().between(min, Math.max(min, max)).map(JSON::numberNode);
    }

    @SuppressWarnings("rawtypes")
    private static Arbitrary<JsonNode> numberOf(Schema schema) {
        BigDecimal min = schema.getMinimum() == null ? BigDecimal.valueOf(-1000) : schema.getMinimum();
        BigDecimal max = schema.getMaximum() == null ? BigDecimal.valueOf(100_000) : schema.getMaximum();
        if (schema.getExclusiveMinimumValue() != null) {
            min = schema.getExclusiveMinimumValue().add(new BigDecimal("0.01"));
        }
        return Arbitraries.bigDecimals().between(min, max).ofScale(2).map(JSON::numberNode);
    }

    @SuppressWarnings("rawtypes")
    private Arbitrary<JsonNode> stringOf(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String lower = name.toLowerCase();
        Arbitrary<String> value;
        if (format.equals("uuid") || lower.endsWith("id") || lower.equals("leadmentor")) {
            value = ids.of(IdPools.kindOfField(name));
        } else if (format.equals("date")
                || lower.endsWith("on")
                || lower.equals("from")
                || lower.equals("to")
                || lower.endsWith("before")
                || lower.endsWith("after")) {
            value = Arbitraries.longs()
                    .between(-4000, 400)
                    .map(days -> LocalDate.of(2026, 11, 28).plusDays(days).toString());
        } else if (format.equals("date-time")) {
            value = Arbitraries.of("2026-11-20T10:00:00Z", "2025-01-01T00:00:00Z");
        } else if (lower.contains("email")) {
            value = Web.emails().filter(e -> e.length() <= 254);
        } else if (lower.contains("district") || lower.contains("postalcode") || "\\d{5}".equals(schema.getPattern())) {
            value = Arbitraries.frequencyOf(
                    Tuple.of(8, ids.of("district")),
                    Tuple.of(1, Arbitraries.strings().numeric().ofLength(5)));
        } else if ("[A-Z]{2}".equals(schema.getPattern())) {
            value = Arbitraries.of("SY", "UA", "AF", "TR", "DE", "XX", "ZZ");
        } else if ("[a-z]{2,3}".equals(schema.getPattern())) {
            value = Arbitraries.of("ar", "en", "de", "fa", "uk", "tr", "zzz");
        } else {
            int max = schema.getMaxLength() == null ? 40 : Math.min(schema.getMaxLength(), 60);
            int min =
                    schema.getMinLength() == null ? ("\\S".equals(schema.getPattern()) ? 1 : 0) : schema.getMinLength();
            Arbitrary<String> text = Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withCharRange('A', 'Z')
                    .withChars("äöüßÄÖÜéçğış ‐-'.,")
                    .ofMinLength(Math.max(min, 1))
                    .ofMaxLength(Math.max(max, min + 1))
                    .filter(s -> !s.isBlank());
            List<String> examples = examplesOf(schema);
            value = examples.isEmpty()
                    ? text
                    : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(examples)), Tuple.of(2, text));
        }
        return value.map(JSON::textNode);
    }

    @SuppressWarnings("rawtypes")
    private static List<String> examplesOf(Schema schema) {
        List<String> examples = new ArrayList<>();
        if (schema.getExample() != null) {
            examples.add(String.valueOf(schema.getExample()));
        }
        if (schema.getExamples() != null) {
            for (Object example : schema.getExamples()) {
                if (example instanceof String text) {
                    examples.add(text);
                }
            }
        }
        return examples;
    }

    // --- Hostile values ----------------------------------------------------------------------

    /** Text that a careless server chokes on. */
    static Arbitrary<JsonNode> hostileText() {
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "",
                                " ",
                                "\u0000",
                                "a\u0000b",
                                "\u0007\u001b[31m",
                                "\t\r\n",
                                "=HYPERLINK(\"http://x\")",
                                "+1+1",
                                "-2",
                                "@SUM(A1)",
                                "' or 1=1 --",
                                "\"; drop table mentee; --",
                                "../../etc/passwd",
                                "%00",
                                "%zz",
                                "<script>alert(1)</script>",
                                "\uD83D\uDE00\uD83D\uDC4D\u200F\u202E",
                                "\uD800",
                                "null",
                                "NaN",
                                "-0",
                                "1e999",
                                "2026-02-30",
                                "2026-13-01",
                                "0001-01-01",
                                "-0001-01-01",
                                "+10000-01-01",
                                "9999-12-31",
                                "12345",
                                "2026-11-28T10:00:00Z",
                                "20261128",
                                "00000000-0000-0000-0000-000000000000",
                                "not-a-uuid",
                                "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                                "lastName,asc;drop",
                                ",",
                                "id,sideways",
                                "xxxxx"),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                        Arbitraries.strings()
                                .withCharRange('\u0000', '\u001f')
                                .ofMinLength(1)
                                .ofMaxLength(5),
                        Arbitraries.integers().between(201, 5000).map("x"::repeat))
                .map(JSON::textNode);
    }

    /** Any hostile JSON value: text, numbers at and beyond every boundary, wrong types. */
    static Arbitrary<JsonNode> hostileValue() {
        Arbitrary<JsonNode> numbers = Arbitraries.of(
                        JSON.numberNode(0),
                        JSON.numberNode(-1),
                        JSON.numberNode(Integer.MAX_VALUE),
                        JSON.numberNode(Integer.MIN_VALUE),
                        JSON.numberNode(Long.MAX_VALUE),
                        JSON.numberNode(new BigDecimal("1e400")),
                        JSON.numberNode(new BigDecimal("99999999999999999999999999999")),
                        JSON.numberNode(1.9),
                        JSON.numberNode(-0.0),
                        JSON.numberNode(new BigDecimal("0.000000001")))
                .map(Function.identity());
        Arbitrary<JsonNode> others = Arbitraries.of(
                JSON.nullNode(),
                JSON.booleanNode(true),
                JSON.arrayNode(),
                JSON.arrayNode().add("a").add(1),
                JSON.objectNode(),
                JSON.objectNode().put("nested", "x"));
        return Arbitraries.frequencyOf(Tuple.of(5, hostileText()), Tuple.of(3, numbers), Tuple.of(2, others));
    }
}
