package de.amm.casedesk.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the verified token's subject, name and application roles. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The Keycloak user id ("sub"); for a service account, the id of its service-account user. */
    public String subject() {
        return token.getSubject();
    }

    public Optional<String> username() {
        return claim("preferred_username").or(() -> Optional.ofNullable(token.getName()));
    }

    public Optional<String> displayName() {
        return claim("name").or(this::username);
    }

    public Optional<String> email() {
        return claim("email");
    }

    /** The caller's application roles; other groups in the token (default roles) are ignored. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
