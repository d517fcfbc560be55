package de.amm.casedesk.common.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,

        @Schema(description = "Zero-based page number", examples = "0")
        int page,

        @Schema(description = "Page size", examples = "20") int size,

        @Schema(description = "Number of items matching the query, over all pages", examples = "137")
        long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
