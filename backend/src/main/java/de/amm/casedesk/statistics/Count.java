package de.amm.casedesk.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count, or "<5" where it is withheld (mentee counts from 1 to 4, for the ministry and the public). Its OpenAPI
 * schema (a number or the string "<5") is given in application.properties, since the record's fields are not its JSON.
 */
public record Count(long value, boolean withheld) {

    public static final String WITHHELD = "<5";

    public static Count of(long value) {
        return new Count(value, false);
    }

    public Count withhold() {
        return new Count(value, true);
    }

    @JsonValue
    public Object json() {
        return withheld ? WITHHELD : value;
    }

    /** Reads what {@link #json()} wrote (a frozen report); a withheld count stays withheld, its value unknown. */
    @JsonCreator
    public static Count fromJson(Object json) {
        return json instanceof java.lang.Number number ? of(number.longValue()) : new Count(0, true);
    }
}
