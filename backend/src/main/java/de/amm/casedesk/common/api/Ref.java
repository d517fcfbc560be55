package de.amm.casedesk.common.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another record, by id and name (a member of staff, an employer). */
@Schema(name = "Ref", description = "Another record by id and display name")
public record Ref(
        UUID id, @Schema(examples = "Lena Hoffmann") String name) {}
