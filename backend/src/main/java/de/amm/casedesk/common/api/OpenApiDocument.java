package de.amm.casedesk.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
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
        SecurityScheme scheme = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Log in with Keycloak (realm amm): authorization code flow with PKCE, public client"
                        + " amm-spa. Integration clients use the client credentials flow of their own client.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(code));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, scheme);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured && !operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses()
                    .addAPIResponse("401", OASFactory.createAPIResponse().description("No valid token"));
        }
        for (Map.Entry<String, APIResponse> entry :
                operation.getResponses().getAPIResponses().entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
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
