package de.amm.casedesk.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Tokens signed with the test key (src/test/resources/test-jwt), shaped like Keycloak's. */
public final class Tokens {

    public static final String ISSUER = "https://test.amm.example/realms/amm";

    private Tokens() {}

    public static String of(String subject, String... roles) {
        return claims(subject, roles).sign();
    }

    /** A caller with a role but no memberships. */
    public static String role(String role) {
        return of(UUID.randomUUID().toString(), role);
    }

    public static String expired(String subject, String role) {
        return claims(subject, role)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign();
    }

    /** A token that expired a few seconds ago (no grace period may accept it). */
    public static String justExpired(String subject, String role) {
        return claims(subject, role)
                .issuedAt(Instant.now().minusSeconds(300))
                .expiresAt(Instant.now().minusSeconds(5))
                .sign();
    }

    public static String wrongIssuer(String subject, String role) {
        return claims(subject, role).issuer("https://evil.example/realms/amm").sign();
    }

    public static String wrongAudience(String subject, String role) {
        return claims(subject, role).audience("account").sign();
    }

    /** A valid token whose payload was changed after signing. */
    public static String tampered(String subject, String role) {
        String[] parts = of(subject, role).split("\\.");
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("\"" + role + "\"", "\"coordinator\"")
                        .getBytes());
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn("user-" + subject.substring(0, 8))
                .claim("preferred_username", "user-" + subject.substring(0, 8))
                .claim("name", "Test User " + subject.substring(0, 8))
                .audience(Set.of("amm-api", "account"))
                .groups(Set.of(roles))
                .expiresIn(600);
    }
}
