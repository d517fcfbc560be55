package de.amm.casedesk.document;

import de.amm.casedesk.common.persistence.NativeQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@link DocumentStore} in PostgreSQL ({@code document_content}), in the same transaction as the metadata. */
@ApplicationScoped
public class DocumentContentRepository implements DocumentStore {

    private final EntityManager em;

    public DocumentContentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void put(UUID documentId, byte[] content) {
        new NativeQuery()
                .append("insert into document_content (document_id, content) values (?, ?)", documentId, content)
                .execute(em);
    }

    @Override
    public Optional<byte[]> get(UUID documentId) {
        return new NativeQuery()
                .append("select content from document_content where document_id = ?", documentId)
                .first(em, row -> row.bytes("content"));
    }

    @Override
    public void delete(Collection<UUID> documentIds) {
        if (!documentIds.isEmpty()) {
            new NativeQuery()
                    .append("delete from document_content where document_id = any(?)", (Object)
                            List.copyOf(documentIds).toArray(UUID[]::new))
                    .execute(em);
        }
    }
}
