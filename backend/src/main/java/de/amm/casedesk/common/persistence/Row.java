package de.amm.casedesk.common.persistence;

import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One row of a native query, read by column alias (PostgreSQL folds unquoted aliases to lower case). */
public final class Row {

    private final Tuple tuple;

    Row(Tuple tuple) {
        this.tuple = tuple;
    }

    private Object value(String alias) {
        return tuple.get(alias);
    }

    public UUID uuid(String alias) {
        return (UUID) value(alias);
    }

    public String text(String alias) {
        Object value = value(alias);
        return value == null ? null : value.toString();
    }

    /** A count or sum: 0 when null. */
    public long count(String alias) {
        Object value = value(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public Integer integer(String alias) {
        Object value = value(alias);
        return value == null ? null : ((Number) value).intValue();
    }

    public Boolean bool(String alias) {
        return (Boolean) value(alias);
    }

    public LocalDate date(String alias) {
        Object value = value(alias);
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public Instant instant(String alias) {
        Object value = value(alias);
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> (Instant) value;
        };
    }

    public boolean isNull(String alias) {
        return value(alias) == null;
    }

    public byte[] bytes(String alias) {
        return (byte[]) value(alias);
    }

    public List<UUID> uuids(String alias) {
        Object value = value(alias);
        return value == null ? List.of() : List.of((UUID[]) value);
    }
}
