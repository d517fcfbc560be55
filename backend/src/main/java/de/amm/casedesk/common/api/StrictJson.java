package de.amm.casedesk.common.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;

/** Deserializers that read request bodies strictly (see {@link JsonSettings}). */
public final class StrictJson {

    private StrictJson() {}

    /** A text with a control character (NUL and the like): the database would fail on it. */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser parser, String value) {
            super(parser, "Text contains a control character", value, String.class);
        }
    }

    /** A date outside {@link Dates#EARLIEST}..{@link Dates#LATEST}. */
    public static final class DateOutOfRangeException extends InvalidFormatException {
        DateOutOfRangeException(JsonParser parser, String value) {
            super(parser, "Date out of range", value, LocalDate.class);
        }
    }

    /** Text without control characters other than tab and line breaks. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        throw new ControlCharacterException(parser, "");
                    }
                }
            }
            return value;
        }
    }

    /** A plain ISO date string in the documented range; numbers and date-times are refused. */
    static final class Day extends StdScalarDeserializer<LocalDate> {
        Day() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(parser, "A date is a text YYYY-MM-DD", null, LocalDate.class);
            }
            String text = parser.getText();
            LocalDate date = Dates.parse(text)
                    .orElseThrow(() ->
                            InvalidFormatException.from(parser, "A date is a text YYYY-MM-DD", text, LocalDate.class));
            if (!Dates.inRange(date)) {
                throw new DateOutOfRangeException(parser, text);
            }
            return date;
        }
    }
}
