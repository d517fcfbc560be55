package de.amm.casedesk.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count, or "<5" where it is withheld (mentee counts from 1 to 4, for the ministry and the public). */
@Schema(
        name = "Count",
        description = "A whole number, or the string \"<5\" where the count is withheld",
        oneOf = {Count.Number.class, Count.Withheld.class},
        examples = "4794")
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

    @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")
    interface Number {}

    @Schema(type = SchemaType.STRING, enumeration = WITHHELD)
    interface Withheld {}
}
