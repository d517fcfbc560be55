package de.amm.casedesk.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the served API document: the Keycloak login (authorization code with PKCE, used by Swagger
 * UI's Authorize button) and the problem+json body of every error response.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiDocument implements OASFilter {

    static final String SECURITY_SCHEME = "keycloak";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
        SecurityScheme scheme = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm amm. People log in with the authorization code flow and PKCE (public"
                        + " client amm-spa); a project's integration client uses the client credentials flow with"
                        + " its own confidential client.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(code).clientCredentials(clientCredentials));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, scheme);
        // the "Problem" response component only exists to register the Problem schema
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().removeResponse("Problem");
        }
        markResponseFieldsRequired(openAPI);
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

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured && !operation.getResponses().hasAPIResponse("401")) {
            operation
                    .getResponses()
                    .addAPIResponse("401", OASFactory.createAPIResponse().description("No valid token"));
        }
        for (Map.Entry<String, APIResponse> entry :
                operation.getResponses().getAPIResponses().entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().values().stream()
                        .filter(header -> header.getSchema() == null)
                        .forEach(header ->
                                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
        return operation;
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
