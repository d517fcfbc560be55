package de.amm.casedesk.mentee;

import de.amm.casedesk.common.persistence.NativeQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consent declarations by scope, and their signed forms. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** A signed consent form. */
    public record Form(UUID declarationId, String mediaType, byte[] content, Instant uploadedAt) {}

    /** Every scope row of the mentee, oldest first. */
    public List<Consent> ofMentee(UUID menteeId) {
        return list("menteeId = ?1 order by givenOn, recordedAt, scope", menteeId);
    }

    /** The rows of a scope not withdrawn yet (at most one). */
    public List<Consent> open(UUID menteeId, String scope) {
        return list("menteeId = ?1 and scope = ?2 and withdrawnOn is null", menteeId, scope);
    }

    public boolean declarationOf(UUID menteeId, UUID declarationId) {
        return count("menteeId = ?1 and declarationId = ?2", menteeId, declarationId) > 0;
    }

    public void saveForm(UUID declarationId, UUID menteeId, String mediaType, byte[] content, UUID by, Instant at) {
        new NativeQuery()
                .append(
                        "insert into consent_form (declaration_id, mentee_id, media_type, content, uploaded_by,"
                                + " uploaded_at) values (?, ?, ?, ?, ?, ?) on conflict (declaration_id) do update set"
                                + " media_type = excluded.media_type, content = excluded.content, uploaded_by ="
                                + " excluded.uploaded_by, uploaded_at = excluded.uploaded_at",
                        declarationId,
                        menteeId,
                        mediaType,
                        content,
                        by,
                        Timestamp.from(at))
                .execute(getEntityManager());
    }

    public Optional<Form> form(UUID declarationId) {
        return new NativeQuery()
                .append(
                        "select declaration_id, media_type, content, uploaded_at from consent_form where"
                                + " declaration_id = ?",
                        declarationId)
                .first(
                        getEntityManager(),
                        row -> new Form(
                                row.uuid("declaration_id"),
                                row.text("media_type"),
                                row.bytes("content"),
                                row.instant("uploaded_at")));
    }

    /** The declarations of the mentee that have a signed form. */
    public List<UUID> declarationsWithForm(UUID menteeId) {
        return new NativeQuery()
                .append("select declaration_id from consent_form where mentee_id = ?", menteeId)
                .list(getEntityManager(), row -> row.uuid("declaration_id"));
    }

    /** Removes the mentee's signed forms (erasure); returns how many. */
    public int deleteForms(UUID menteeId) {
        return new NativeQuery()
                .append("delete from consent_form where mentee_id = ?", menteeId)
                .execute(getEntityManager());
    }
}
