package de.amm.casedesk.common.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates the API takes: plain ISO dates (YYYY-MM-DD), from 1900-01-01 to 2099-12-31. No numbers, no times, no
 * years outside that range: a case dated in year 1 would count in every period.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /** The date, or empty when the text is not a plain ISO date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
