package de.amm.casedesk.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in the UI's languages: German (the working language) and English. */
@Schema(name = "Labels")
public record Labels(
        @Schema(description = "German", examples = "Zweite Förderphase")
        String de,

        @Schema(description = "English", examples = "Second funding phase")
        String en) {}
