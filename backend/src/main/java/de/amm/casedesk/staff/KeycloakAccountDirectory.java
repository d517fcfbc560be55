package de.amm.casedesk.staff;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
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
    public Account provision(String email, String firstName, String lastName, String realmRole) {
        try {
            RealmResource users = keycloak.realm(realm);
            List<UserRepresentation> existing = users.users().searchByEmail(email, true);
            Account account = existing.isEmpty()
                    ? create(users, email, firstName, lastName)
                    : new Account(
                            existing.getFirst().getId(), existing.getFirst().getUsername(), false, null);
            RoleRepresentation role = users.roles().get(realmRole).toRepresentation();
            users.users().get(account.userId()).roles().realmLevel().add(List.of(role));
            return account;
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("Keycloak admin call failed: %s", e.getClass().getSimpleName());
            throw new ApiException(
                    ProblemType.ACCOUNT_DIRECTORY_UNAVAILABLE,
                    "The account could not be set up in the identity provider; try again later");
        }
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
