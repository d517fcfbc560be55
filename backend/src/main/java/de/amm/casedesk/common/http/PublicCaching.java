package de.amm.casedesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Public answers (no personal data) as HTTP caches may keep them: {@code Cache-Control: public, max-age=…} and a
 * strong ETag of the JSON body, so that a browser or proxy that holds the answer gets 304 Not Modified. An answer
 * object is rendered to JSON once: the same object (the server's cache of public answers hands out the same one
 * while it lives) is not serialised again. It is compressed once as well: a client that accepts gzip (every browser;
 * nginx passes such an answer on as it is) gets the compressed bytes, with a tag of their own, instead of a
 * compression per request. Answers with personal data never come here; they keep no-store ({@link ResponseHeaders}).
 */
@ApplicationScoped
public class PublicCaching {

    /** Answers smaller than this go uncompressed: gzip would save less than its own framing costs. */
    static final int COMPRESS_FROM_BYTES = 1024;

    /** An answer's JSON and its tag; its gzip and their tag where compression is worth it (else null). */
    record Rendered(byte[] json, EntityTag tag, byte[] gzip, EntityTag gzipTag) {}

    private final ObjectMapper json;
    private final HttpServerRequest httpRequest;

    /** By the answer object's identity, held weakly: an answer the server's cache dropped goes from here too. */
    private final Cache<Object, Rendered> rendered =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    public PublicCaching(ObjectMapper json, HttpServerRequest httpRequest) {
        this.json = json;
        this.httpRequest = httpRequest;
    }

    /** 200 with the answer, or 304 when the request's If-None-Match names its current tag. */
    public Response ok(Request request, Object answer, Duration maxAge) {
        Rendered body = rendered.get(answer, this::render);
        // several header lines mean their values joined by commas
        boolean compressed = body.gzip() != null
                && acceptsGzip(String.join(",", httpRequest.headers().getAll(HttpHeaders.ACCEPT_ENCODING)));
        EntityTag tag = compressed ? body.gzipTag() : body.tag();
        String cacheControl = "public, max-age=" + maxAge.toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return vary(body, notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl))
                    .build();
        }
        Response.ResponseBuilder ok = Response.ok(
                        compressed ? body.gzip() : body.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (compressed) {
            ok.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return vary(body, ok).build();
    }

    /** The answer depends on Accept-Encoding wherever it may come compressed: caches must keep both apart. */
    private static Response.ResponseBuilder vary(Rendered body, Response.ResponseBuilder response) {
        return body.gzip() == null ? response : response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /**
     * Whether an Accept-Encoding header admits gzip: named with a weight above 0, or not named and "*" admitted (a
     * coding named with q=0 is refused even where "*" is admitted).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip")) {
                gzip = admitted(parts);
            } else if (name.equals("*")) {
                any = admitted(parts);
            }
        }
        return gzip != null ? gzip : any;
    }

    /** Whether a coding's weight (q, 1 when absent) is above 0; a weight that is no number admits nothing. */
    private static boolean admitted(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) > 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private Rendered render(Object answer) {
        try {
            byte[] bytes = json.writeValueAsBytes(answer);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String tag = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
            byte[] gzip = bytes.length < COMPRESS_FROM_BYTES ? null : gzip(bytes);
            return gzip == null || gzip.length >= bytes.length
                    ? new Rendered(bytes, new EntityTag(tag), null, null)
                    : new Rendered(bytes, new EntityTag(tag), gzip, new EntityTag(tag + "-gzip"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        // once per answer: the best compression is worth its time
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
