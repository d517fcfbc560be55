package de.amm.casedesk.document;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of documents live, by document id. The metadata and the access rules stay in the database; the
 * content could move to an S3-compatible store by implementing this interface (put, get, delete by key).
 */
public interface DocumentStore {

    void put(UUID documentId, byte[] content);

    Optional<byte[]> get(UUID documentId);

    void delete(Collection<UUID> documentIds);
}
