package de.amm.casedesk.document;

import de.amm.casedesk.codelist.DocumentKind;
import de.amm.casedesk.common.api.Ref;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of documents. */
public final class DocumentApi {

    private DocumentApi() {}

    @Schema(name = "Document", description = "A document of a mentee's case; its content is a separate download")
    public record DocumentView(
            UUID id,
            UUID projectId,
            UUID menteeId,
            DocumentKind kind,
            @Schema(examples = "Lebenslauf.pdf") String fileName,

            @Schema(
                    enumeration = {"application/pdf", "image/png", "image/jpeg"},
                    description = "As detected from the content")
            String mediaType,

            @Schema(examples = "184320") int sizeBytes,

            @Schema(description = "SHA-256 of the content, hex")
            String sha256,

            @Schema(nullable = true) Ref uploadedBy,
            Instant uploadedAt,
            long version) {}
}
