package de.amm.casedesk.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface's port in tests: health, metrics, the OpenAPI document and Swagger UI answer there, not
 * on the API's port.
 */
public final class Management {

    private Management() {}

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
