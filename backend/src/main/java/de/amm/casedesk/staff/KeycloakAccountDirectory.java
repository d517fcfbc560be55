package de.amm.casedesk.staff;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff accounts in Keycloak, through the admin REST client and the confidential service-account client
 * "amm-backend" (allowed to manage the realm's users).
 */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakAccountDirectory.class);
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakAccountDirectory(Keycloak keycloak, @ConfigProperty(name = "amm.keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    public Optional<Existing> findByEmail(String email) {
        return call(() -> {
            RealmResource realm = keycloak.realm(this.realm);
            return realm.users().searchByEmail(email, true).stream()
                    .findFirst()
                    .map(user -> new Existing(
                            user.getId(),
                            user.getUsername(),
                            Boolean.TRUE.equals(user.isEmailVerified()),
                            realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                                    .map(RoleRepresentation::getName)
                                    .collect(Collectors.toSet())));
        });
    }

    @Override
    public Account create(String email, String firstName, String lastName) {
        return call(() -> create(keycloak.realm(realm), email, firstName, lastName));
    }

    @Override
    public void grant(String userId, String realmRole) {
        call(() -> {
            RealmResource users = keycloak.realm(realm);
            RoleRepresentation role = users.roles().get(realmRole).toRepresentation();
            users.users().get(userId).roles().realmLevel().add(List.of(role));
            return null;
        });
    }

    @Override
    public void remove(String userId) {
        call(() -> {
            try (Response response = keycloak.realm(realm).users().delete(userId)) {
                return response.getStatus();
            }
        });
    }

    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (WebApplicationException e) {
            LOG.warnf(
                    "Keycloak admin call failed: %s, status %d",
                    e.getClass().getSimpleName(),
                    e.getResponse() == null ? 0 : e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak admin call failed: %s", e.getClass().getSimpleName());
            throw unavailable();
        }
    }

    private static ApiException unavailable() {
        return new ApiException(
                ProblemType.ACCOUNT_DIRECTORY_UNAVAILABLE,
                "The account could not be set up in the identity provider; try again later");
    }

    /** The field Keycloak names in its refusal ({"field": "username", ...}); the user name is the e-mail address. */
    static String refusedField(String answer) {
        var matcher = java.util.regex.Pattern.compile("\"field\"\\s*:\\s*\"([A-Za-z]+)\"")
                .matcher(String.valueOf(answer));
        if (!matcher.find()) {
            return "body";
        }
        return switch (matcher.group(1)) {
            case "username", "email" -> "email";
            case "firstName" -> "firstName";
            case "lastName" -> "lastName";
            default -> "body";
        };
    }

    private Account create(RealmResource users, String email, String firstName, String lastName) {
        String password = oneTimePassword();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);

        UserRepresentation user = new UserRepresentation();
        user.setUsername(email.toLowerCase());
        user.setEmail(email.toLowerCase());
        user.setEmailVerified(true);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        user.setCredentials(List.of(credential));

        try (Response response = users.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw ApiException.conflict("An account with this user name exists with another e-mail address");
            }
            if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                // Keycloak refused a value that the API's own checks let through: the caller's input, not an outage
                throw ApiException.invalid(FieldRule.INVALID.on(refusedField(response.readEntity(String.class))));
            }
            String id = CreatedResponseUtil.getCreatedId(response);
            return new Account(id, user.getUsername(), true, password);
        }
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
