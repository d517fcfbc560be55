package de.amm.casedesk.common.api;

import de.amm.casedesk.common.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
            throw ApiException.invalid(name, "must be an id (UUID)");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E> & Coded> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Coded.of(type, value.strip());
        } catch (Coded.UnknownCodeException e) {
            throw ApiException.invalid(name, e.getMessage());
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }
}
