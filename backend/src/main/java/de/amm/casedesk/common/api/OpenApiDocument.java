package de.amm.casedesk.common.api;

import de.amm.casedesk.common.api.OpenApiConventions.Declared;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the served API document in one place, by convention:
 * <ul>
 *   <li>the Keycloak login (authorization code with PKCE for Swagger UI's Authorize button, client credentials for
 *       integration clients);
 *   <li>the standard responses a resource need not declare: 401 and 403 from {@code @RolesAllowed}, 404 on paths
 *       with an id, 412 and 428 where the operation reads If-Match, 422 where it reads Idempotency-Key, 400 where
 *       it takes input; every error with the problem+json body;
 *   <li>schema names for the API rather than for Java: a page of activities is {@code ActivityPage}, not
 *       {@code PageActivityView}; dates, instants and ids are plain strings with a format, not schemas of their
 *       own;
 *   <li>every property of a schema used only in responses is required (the answers always carry them).
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiDocument implements OASFilter {

    static final String SECURITY_SCHEME = "keycloak";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_REF = SCHEMAS + "Problem";

    /** Java types that the scanner turns into schemas of their own, and the plain schema each stands for. */
    private static final Map<String, String> SCALARS =
            Map.of("LocalDate", "date", "Instant", "date-time", "UUID", "uuid");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, securityScheme());
        // the "Problem" response component only exists to register the Problem schema
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().removeResponse("Problem");
        }
        addConventionalResponses(openAPI);
        inlineScalars(openAPI);
        renamePages(openAPI);
        markResponseFieldsRequired(openAPI);
        openAPI.getComponents().setSchemas(new TreeMap<>(openAPI.getComponents().getSchemas()));
    }

    private static SecurityScheme securityScheme() {
        String realmUrl = ConfigProvider.getConfig()
                .getOptionalValue("amm.openapi.realm-url", String.class)
                .orElse("http://localhost:8180/realms/amm");
        OAuthFlow code = OASFactory.createOAuthFlow()
                .authorizationUrl(realmUrl + "/protocol/openid-connect/auth")
                .tokenUrl(realmUrl + "/protocol/openid-connect/token")
                .refreshUrl(realmUrl + "/protocol/openid-connect/token")
                .scopes(Map.of("openid", "OpenID Connect login"));
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow()
                .tokenUrl(realmUrl + "/protocol/openid-connect/token")
                .scopes(Map.of());
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm amm. People log in with the authorization code flow and PKCE (public"
                        + " client amm-spa); a project's integration client uses the client credentials flow with"
                        + " its own confidential client.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(code).clientCredentials(clientCredentials));
    }

    // --- responses by convention ------------------------------------------------------------------------

    private static void addConventionalResponses(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        String root = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.rest.path", String.class)
                .orElse("/");
        Map<String, Declared> declared = OpenApiConventions.scan(root);
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .forEach((verb, operation) ->
                                complete(operation, path, declared.get(verb.name() + " " + path))));
    }

    private static void complete(Operation operation, String path, Declared declared) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY));
        if (takesInput) {
            APIResponse badRequest = responses.getAPIResponse("400");
            if (badRequest != null && "Bad Request".equals(badRequest.getDescription())) {
                responses.removeAPIResponse("400");
            }
            add(responses, "400", "Invalid input: the problem's errors name each field with a code");
        }
        if (declared != null && !declared.isPublic() && !declared.roles().isEmpty()) {
            add(responses, "401", "No valid token");
            String roles = "The caller has none of the roles " + String.join(", ", declared.roles());
            APIResponse forbidden = responses.getAPIResponse("403");
            if (forbidden == null) {
                add(responses, "403", roles);
            } else if (!forbidden.getDescription().contains(roles)) {
                forbidden.setDescription(forbidden.getDescription() + "; or the caller has none of the roles "
                        + String.join(", ", declared.roles()));
            }
        }
        if (path.contains("{")) {
            add(responses, "404", "No such record, or not one of the caller's projects");
        }
        if (declared != null && declared.ifMatch()) {
            add(responses, "412", "Changed by someone else since it was loaded (If-Match is stale)");
            add(responses, "428", "If-Match missing");
        }
        if (declared != null && declared.idempotencyKey()) {
            add(responses, "422", "The Idempotency-Key was used for a different request");
        }
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().values().stream()
                        .filter(header -> header.getSchema() == null)
                        .forEach(header ->
                                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        });
        operation.setResponses(OASFactory.createAPIResponses());
        sorted.forEach(operation.getResponses()::addAPIResponse);
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    // --- schemas ----------------------------------------------------------------------------------------

    /** Dates, instants and ids become plain strings with a format wherever they are used. */
    private static void inlineScalars(OpenAPI openAPI) {
        everySchema(openAPI, OpenApiDocument::inlineScalar);
        SCALARS.keySet().forEach(openAPI.getComponents()::removeSchema);
    }

    private static void inlineScalar(Schema schema) {
        String format = scalarFormat(schema);
        if (format != null) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setFormat(format);
            return;
        }
        // a nullable scalar: anyOf [scalar, null] becomes type [string, null]
        if (schema.getAnyOf() != null && schema.getAnyOf().size() == 2) {
            Schema first = schema.getAnyOf().get(0);
            Schema second = schema.getAnyOf().get(1);
            String nullableFormat = scalarFormat(first);
            if (nullableFormat != null
                    && second.getType() != null
                    && second.getType().equals(List.of(Schema.SchemaType.NULL))) {
                schema.setAnyOf(null);
                schema.setType(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
                schema.setFormat(nullableFormat);
                return;
            }
        }
        // "type: object" beside anyOf [$ref, null] would make null invalid
        if (schema.getAnyOf() != null
                && schema.getProperties() == null
                && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.OBJECT))) {
            schema.setType(null);
        }
    }

    private static String scalarFormat(Schema schema) {
        if (schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS)) {
            return null;
        }
        return SCALARS.get(schema.getRef().substring(SCHEMAS.length()));
    }

    /** {@code Page<ActivityView>} is scanned as "PageActivityView"; it becomes "ActivityPage". */
    private static void renamePages(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new HashMap<>();
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema items = entry.getValue().getProperties() == null
                    ? null
                    : entry.getValue().getProperties().get("items");
            if (!entry.getKey().startsWith("Page")
                    || items == null
                    || items.getItems() == null
                    || items.getItems().getRef() == null) {
                continue;
            }
            String item = items.getItems().getRef().substring(SCHEMAS.length());
            renamed.put(entry.getKey(), item.replaceAll("(Entry|Summary|View)$", "") + "Page");
        }
        renamed.forEach((old, name) -> {
            Schema page = schemas.get(old);
            openAPI.getComponents().removeSchema(old);
            page.setDescription("One page of a list, with the number of all matching items");
            openAPI.getComponents().addSchema(name, page);
        });
        everySchema(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = renamed.get(schema.getRef().substring(SCHEMAS.length()));
                if (name != null) {
                    schema.setRef(SCHEMAS + name);
                }
            }
        });
    }

    /** Visits every schema of the document, nested ones included, once. */
    private static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                visitor.accept(schema);
                if (schema.getProperties() != null) {
                    new ArrayList<>(schema.getProperties().values()).forEach(this);
                }
                accept(schema.getItems());
                if (schema.getAdditionalPropertiesSchema() != null) {
                    accept(schema.getAdditionalPropertiesSchema());
                }
                for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (group != null) {
                        new ArrayList<>(group).forEach(this);
                    }
                }
            }
        };
        if (openAPI.getComponents().getSchemas() != null) {
            new ArrayList<>(openAPI.getComponents().getSchemas().values()).forEach(walk);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> walk.accept(p.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    contentSchemas(operation.getRequestBody().getContent(), walk);
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response :
                            operation.getResponses().getAPIResponses().values()) {
                        contentSchemas(response.getContent(), walk);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walk.accept(h.getSchema()));
                        }
                    }
                }
            }
        }
    }

    private static void contentSchemas(Content content, Consumer<Schema> walk) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> walk.accept(m.getSchema()));
        }
    }

    /**
     * Response bodies always carry every field (null where there is no value), so every property of a
     * schema used only in responses is required; a schema that lists its required fields itself keeps
     * that list. Request schemas take their required fields from the validation annotations.
     */
    private static void markResponseFieldsRequired(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    collect(operation.getRequestBody().getContent(), schemas, inRequests);
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response :
                            operation.getResponses().getAPIResponses().values()) {
                        collect(response.getContent(), schemas, inResponses);
                    }
                }
            }
        }
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void collect(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType mediaType : content.getMediaTypes().values()) {
            walk(mediaType.getSchema(), schemas, found);
        }
    }

    private static void walk(Schema schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (found.add(name)) {
                walk(schemas.get(name), schemas, found);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, schemas, found));
        }
        walk(schema.getItems(), schemas, found);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> walk(member, schemas, found));
            }
        }
    }
}
