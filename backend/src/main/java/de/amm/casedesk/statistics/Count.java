package de.amm.casedesk.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A released count: a number, or "&lt;5" where a count below 5 is withheld ({@link Disclosure}). For the ministry
 * and the public the numbers are rounded as the answer's {@code disclosure} says. Its OpenAPI schema (a number or
 * the string "&lt;5") is given in application.properties, since the record's fields are not its JSON.
 */
public record Count(long value, boolean withheld) {

    /** The marker of a count below 5 (zero included), withheld because it is small. */
    public static final String SMALL = "<5";

    public static Count of(long value) {
        return new Count(value, false);
    }

    /** A count below 5, withheld; its value is never released. */
    public static Count small(long value) {
        return new Count(value, true);
    }

    @JsonValue
    public Object json() {
        return withheld ? SMALL : value;
    }

    /** Reads what {@link #json()} wrote (a frozen report); a withheld count stays withheld, its value unknown. */
    @JsonCreator
    public static Count fromJson(Object json) {
        return json instanceof java.lang.Number number ? of(number.longValue()) : new Count(0, true);
    }
}
