package de.amm.casedesk.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POST: the first answer to a key is stored in the same transaction as the
 * record it created, and a retry with the same key and body gets that answer again instead of a second
 * record. The same key with another body is refused (422). Keys are kept for 24 hours, per caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final EntityManager em;
    private final CurrentUser user;
    private final ObjectMapper json;

    public Idempotency(EntityManager em, CurrentUser user, ObjectMapper json) {
        this.em = em;
        this.user = user;
        this.json = json;
    }

    /** Runs {@code create} once per key; {@code route} and {@code body} identify the request. */
    public Response once(String key, String route, Object body, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiException.invalid(HEADER, "must be 1 to 100 visible ASCII characters");
        }
        String caller = user.subject();
        String hash = hash(route, body);
        Stored earlier = find(caller, key);
        if (earlier != null) {
            return replay(earlier, hash);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("insert into idempotency_record (caller, key, request_hash, status)"
                                + " values (?1, ?2, ?3, 0)")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .setParameter(3, hash)
                        .executeUpdate();
                Response response = create.get();
                em.createNativeQuery("update idempotency_record set status = ?1, location = ?2, body = ?3"
                                + " where caller = ?4 and key = ?5")
                        .setParameter(1, response.getStatus())
                        .setParameter(2, response.getHeaderString(HttpHeaders.LOCATION))
                        .setParameter(3, toJson(response.getEntity()))
                        .setParameter(4, caller)
                        .setParameter(5, key)
                        .executeUpdate();
                if (ThreadLocalRandom.current().nextInt(100) == 0) {
                    em.createNativeQuery(
                                    "delete from idempotency_record where created_at < now() - interval '24 hours'")
                            .executeUpdate();
                }
                return response;
            });
        } catch (PersistenceException e) {
            // the same key arrived twice at once: the other request committed first
            Stored winner = find(caller, key);
            if (winner == null) {
                throw e;
            }
            return replay(winner, hash);
        }
    }

    private Response replay(Stored earlier, String hash) {
        if (!earlier.hash().equals(hash)) {
            throw new ApiException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder response =
                Response.status(earlier.status()).header(REPLAYED, "true").type(MediaType.APPLICATION_JSON);
        if (earlier.location() != null) {
            response.header(HttpHeaders.LOCATION, earlier.location());
        }
        return response.entity(earlier.body()).build();
    }

    private Stored find(String caller, String key) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select request_hash, status, location, body from idempotency_record"
                                + " where caller = ?1 and key = ?2 and created_at > now() - interval '24 hours'")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.getFirst();
        return new Stored((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
    }

    private String hash(String route, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(route.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(toJson(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored", e);
        }
    }

    private record Stored(String hash, int status, String location, String body) {}
}
