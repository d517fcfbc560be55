package de.amm.casedesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

/**
 * Public answers (no personal data) as HTTP caches may keep them: {@code Cache-Control: public, max-age=…} and a
 * strong ETag of the JSON body, so that a browser or proxy that holds the answer gets 304 Not Modified. An answer
 * object is rendered to JSON once: the same object (the server's cache of public answers hands out the same one
 * while it lives) is not serialised again. Answers with personal data never come here; they keep no-store
 * ({@link ResponseHeaders}).
 */
@ApplicationScoped
public class PublicCaching {

    /** An answer's JSON and its tag. */
    record Rendered(byte[] json, EntityTag tag) {}

    private final ObjectMapper json;

    /** By the answer object's identity, held weakly: an answer the server's cache dropped goes from here too. */
    private final Cache<Object, Rendered> rendered =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    public PublicCaching(ObjectMapper json) {
        this.json = json;
    }

    /** 200 with the answer, or 304 when the request's If-None-Match names its current tag. */
    public Response ok(Request request, Object answer, Duration maxAge) {
        Rendered body = rendered.get(answer, this::render);
        String cacheControl = "public, max-age=" + maxAge.toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(body.tag());
        if (notModified != null) {
            return notModified
                    .tag(body.tag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return Response.ok(body.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(body.tag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    private Rendered render(Object answer) {
        try {
            byte[] bytes = json.writeValueAsBytes(answer);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String tag = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
            return new Rendered(bytes, new EntityTag(tag));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
