package de.amm.casedesk.common.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value of a code list: a stable code (what the API and the database carry) with German and English labels. */
public interface Coded {

    String code();

    Labels labels();

    /** The constant with this code; an unknown code fails with a message listing the known ones. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException(code, type);
    }

    /** Like {@link #of}, for values read from the database, where null stays null. */
    static <E extends Enum<E> & Coded> E ofNullable(Class<E> type, String code) {
        return code == null ? null : of(type, code);
    }

    static String codeOf(Coded value) {
        return value == null ? null : value.code();
    }

    /** Thrown for a code that the list does not have; the API answers 400 naming the field. */
    final class UnknownCodeException extends IllegalArgumentException {
        private final String allowed;

        public UnknownCodeException(String code, Class<? extends Coded> type) {
            this(Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
        }

        private UnknownCodeException(String allowed) {
            super("must be one of " + allowed);
            this.allowed = allowed;
        }

        /** The known codes, comma-separated. */
        public String allowed() {
            return allowed;
        }
    }
}
