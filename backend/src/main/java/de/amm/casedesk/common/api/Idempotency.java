package de.amm.casedesk.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POST: the first answer to a key (its status and the new record's address) is stored
 * in the same transaction as the record it created, and a retry with the same key and body gets the same status
 * and address with the record as it is now, instead of a second record. No body is stored: it would keep names
 * beyond their records. The same key with another body is refused (422). Keys are kept for 24 hours, per caller,
 * and then purged by the retention schedule.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyRepository store;
    private final CurrentUser user;
    private final ObjectMapper json;

    public Idempotency(IdempotencyRepository store, CurrentUser user, ObjectMapper json) {
        this.store = store;
        this.user = user;
        this.json = json;
    }

    /**
     * Runs {@code create} once per key; {@code route} and {@code body} identify the request, and {@code current}
     * reads the created record again (by the id that ends its address) for a replay.
     */
    public Response once(
            String key, String route, Object body, Supplier<Response> create, Function<UUID, Object> current) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiException.invalid(FieldRule.VISIBLE_ASCII.on(HEADER, "min", 1, "max", 100));
        }
        String caller = user.subject();
        String hash = hash(route, body);
        IdempotencyRepository.Stored earlier = find(caller, key);
        if (earlier != null) {
            return replay(earlier, hash, current);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                store.claim(caller, key, hash);
                Response response = create.get();
                store.answer(caller, key, response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION));
                return response;
            });
        } catch (PersistenceException e) {
            // the same key arrived twice at once: the other request committed first
            IdempotencyRepository.Stored winner = find(caller, key);
            if (winner == null) {
                throw e;
            }
            return replay(winner, hash, current);
        }
    }

    private Response replay(IdempotencyRepository.Stored earlier, String hash, Function<UUID, Object> current) {
        if (!earlier.hash().equals(hash)) {
            throw new ApiException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder response =
                Response.status(earlier.status()).header(REPLAYED, "true").type(MediaType.APPLICATION_JSON);
        if (earlier.location() == null) {
            return response.build();
        }
        String location = earlier.location();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return response.header(HttpHeaders.LOCATION, location)
                .entity(current.apply(id))
                .build();
    }

    private IdempotencyRepository.Stored find(String caller, String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> store.find(caller, key))
                .orElse(null);
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
}
