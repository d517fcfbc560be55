package de.amm.casedesk.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document of a mentee's case (CV, certificate, signed form): its metadata; the bytes are in the store. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    public String kind;

    @Column(name = "file_name")
    public String fileName;

    /** As detected from the content, not as the client said. */
    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    /** SHA-256 of the content, hex. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    @Column(name = "uploaded_by")
    public UUID uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Version
    public long version;
}
