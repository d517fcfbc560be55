package de.amm.casedesk.common.api;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads optional filter parameters that arrive as text, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {}

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(FieldRule.ID.on(name));
        }
    }

    /**
     * A repeatable id parameter ({@code ?projectId=…&projectId=…}): every value given must be an id; an empty or
     * blank one (a control character counts as blank) is refused like any other value that is no id.
     */
    public static List<UUID> uuids(String name, List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            UUID id = uuid(name, value);
            if (id == null) {
                throw ApiException.invalid(FieldRule.ID.on(name));
            }
            ids.add(id);
        }
        return ids;
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = Dates.parse(value.strip()).orElseThrow(() -> ApiException.invalid(FieldRule.DATE.on(name)));
        if (!Dates.inRange(date)) {
            throw ApiException.invalid(FieldRule.RANGE.on(name, "min", Dates.EARLIEST, "max", Dates.LATEST));
        }
        return date;
    }

    /** A period's ends: {@code to} must not lie before {@code from}. */
    public static void period(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid(FieldRule.NOT_BEFORE.on(toName, "other", fromName));
        }
    }

    public static <E extends Enum<E> & Coded> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Coded.of(type, value.strip());
        } catch (Coded.UnknownCodeException e) {
            throw ApiException.invalid(FieldRule.ONE_OF.on(name, "allowed", e.allowed()));
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalid(FieldRule.TOO_LONG.on(name, "max", maxLength));
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.invalid(FieldRule.CONTROL_CHARACTER.on(name));
        }
        return value.strip();
    }
}
