package de.amm.casedesk.common.api;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * Optimistic locking over HTTP: every record carries a version, sent as ETag; a change must name the
 * version it was based on in If-Match. A missing If-Match is 428, a stale one 412.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 201 for a new record: its address under the request's path, the record, and its version as ETag. */
    public static Response created(UriInfo uri, UUID id, long version, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(entity)
                .tag(etag(version))
                .build();
    }

    /** The version named in an If-Match header ("3", W/"3" or 3). */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send the version you changed in an If-Match header (the ETag of the record)");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** Throws 412 unless the stored version is the one the client based its change on. */
    public static void check(long stored, long expected) {
        if (stored != expected) {
            throw stale();
        }
    }

    private static ApiException stale() {
        return new ApiException(
                ProblemType.PRECONDITION_FAILED,
                "Someone else changed this record since you loaded it; reload it and apply your change again");
    }
}
