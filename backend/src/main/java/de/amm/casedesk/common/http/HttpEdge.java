package de.amm.casedesk.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.amm.casedesk.common.error.Problem;
import de.amm.casedesk.common.error.ProblemType;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's edge, before any other handler: a request line too long (414), a body too large (413) or a body
 * without a Content-Type (415, rather than being read as JSON) is answered as problem+json, and every caller takes turns within a rate limit (429 with Retry-After). A signed-in caller is
 * limited per user (the token's subject; the token is verified later, a forged one only spends its own budget), an
 * anonymous one per address (the client's, also behind a trusted proxy: {@link ClientAddress}). Limits are per
 * backend instance.
 */
@ApplicationScoped
public class HttpEdge {

    /** Bodies sent to the public (anonymous) endpoints are at most this large. */
    static final long MAX_PUBLIC_BODY_BYTES = 16 * 1024;

    private final ObjectMapper json;
    private final ClientAddress clientAddress;
    private final int maxUriLength;
    private final long maxBodyBytes;
    private final Limit perUser;
    private final Limit perAddress;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** A token bucket: a burst of {@code capacity} requests, refilled at {@code perSecond}. */
    record Limit(long capacity, long perSecond) {
        Bucket bucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(perSecond, Duration.ofSeconds(1))
                            .build())
                    .build();
        }
    }

    public HttpEdge(
            ObjectMapper json,
            ClientAddress clientAddress,
            @ConfigProperty(name = "amm.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "amm.http.max-body-bytes", defaultValue = "10485760") long maxBodyBytes,
            @ConfigProperty(name = "amm.rate-limit.per-user.burst", defaultValue = "300") long userBurst,
            @ConfigProperty(name = "amm.rate-limit.per-user.per-second", defaultValue = "50") long userRate,
            @ConfigProperty(name = "amm.rate-limit.per-address.burst", defaultValue = "120") long addressBurst,
            @ConfigProperty(name = "amm.rate-limit.per-address.per-second", defaultValue = "20") long addressRate) {
        this.json = json;
        this.clientAddress = clientAddress;
        this.maxUriLength = maxUriLength;
        this.maxBodyBytes = maxBodyBytes;
        this.perUser = new Limit(userBurst, userRate);
        this.perAddress = new Limit(addressBurst, addressRate);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    void check(RoutingContext context) {
        var request = context.request();
        if (!request.path().startsWith("/api/")) {
            context.next();
            return;
        }
        if (request.uri().length() > maxUriLength) {
            problem(context, ProblemType.URI_TOO_LONG, "The address is longer than " + maxUriLength + " characters");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(context, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        if (length != null && request.path().startsWith("/api/v1/public/") && parse(length) > MAX_PUBLIC_BODY_BYTES) {
            // anonymous forms are small: an enquiry fits many times into 16 KB
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(
                    context,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body is larger than " + MAX_PUBLIC_BODY_BYTES + " bytes");
            return;
        }
        boolean hasBody =
                (length != null && parse(length) > 0) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (hasBody && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            problem(
                    context,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "A body needs a Content-Type; send application/json (or the file's type for uploads)");
            return;
        }
        String subject = subjectOf(request.getHeader(HttpHeaders.AUTHORIZATION));
        String address = subject != null ? null : clientAddress.of(request);
        String key = subject != null ? "user:" + subject : "address:" + (address == null ? "?" : address);
        Limit limit = subject != null ? perUser : perAddress;
        ConsumptionProbe probe =
                buckets.computeIfAbsent(key, k -> limit.bucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            context.response().putHeader("Retry-After", String.valueOf(seconds));
            problem(context, ProblemType.TOO_MANY_REQUESTS, "Too many requests; try again in " + seconds + " s");
            return;
        }
        context.next();
    }

    /** Buckets that have filled up again belong to callers who stopped: they go, so the map stays small. */
    @Scheduled(every = "5m")
    void forgetIdleCallers() {
        buckets.entrySet()
                .removeIf(entry -> entry.getValue().getAvailableTokens()
                        >= (entry.getKey().startsWith("user:") ? perUser.capacity() : perAddress.capacity()));
    }

    private void problem(RoutingContext context, ProblemType type, String detail) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Locale locale =
                accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("de")
                        ? Locale.GERMAN
                        : Locale.ENGLISH;
        Problem problem = new Problem(
                type.uri(),
                type.title(locale),
                type.status(),
                detail,
                context.request().path(),
                List.of());
        try {
            context.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            context.response().setStatusCode(type.status()).end();
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The "sub" of a bearer token, unverified (only to pick the caller's bucket); null if none. */
    private String subjectOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length != 3 || parts[1].length() > 8192) {
            return null;
        }
        try {
            JsonNode claims =
                    json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode sub = claims.get("sub");
            return sub == null || !sub.isTextual() ? null : sub.asText();
        } catch (Exception notAToken) {
            return null;
        }
    }
}
