package de.amm.casedesk.common.api;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting of a list ({@code ?page=0&size=20&sort=lastName,asc}). Read as text and checked
 * here, so that a bad value is a 400 naming the parameter rather than a 404.
 */
public class ListParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(
            description = "Zero-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Items per page (1 to 200)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Sort field and direction, e.g. lastName,asc or createdAt,desc", example = "lastName,asc")
    public String sort;

    /** The request, with sort fields limited to {@code sortable}; the first of them is the default. */
    public PageRequest toRequest(List<String> sortable) {
        return toRequest(sortable, true);
    }

    /** As {@link #toRequest(List)}, with the direction used when the client names none. */
    public PageRequest toRequest(List<String> sortable, boolean ascendingByDefault) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        int pageNo = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = number("size", size, 20, 1, MAX_SIZE, errors);
        String field = sortable.getFirst();
        boolean ascending = ascendingByDefault;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(",", -1);
            if (!Set.copyOf(sortable).contains(parts[0])) {
                errors.add(FieldRule.ONE_OF.on("sort", "allowed", String.join(", ", sortable)));
            } else {
                field = parts[0];
            }
            if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
                errors.add(FieldRule.ONE_OF.on("sort", "allowed", "asc, desc"));
            } else if (parts.length == 2) {
                ascending = parts[1].equalsIgnoreCase("asc");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PageRequest(pageNo, pageSize, field, ascending);
    }

    private static int number(
            String name, String value, int fallback, int min, int max, List<FieldRule.Violation> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.add(FieldRule.RANGE.on(name, "min", min, "max", max));
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(FieldRule.WHOLE_NUMBER.on(name));
            return fallback;
        }
    }

    /** A checked page request. */
    public record PageRequest(int page, int size, String sortField, boolean ascending) {

        public int offset() {
            return page * size;
        }

        public String direction() {
            return ascending ? "asc" : "desc";
        }
    }
}
