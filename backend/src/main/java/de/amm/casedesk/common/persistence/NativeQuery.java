package de.amm.casedesk.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A native SQL query assembled from optional conditions, with its parameters numbered in order. For the read
 * models (lists with filters over several tables) that JPQL expresses badly. Repositories alone use it; rows
 * come back as {@link Row}s read by column alias.
 */
public final class NativeQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Appends SQL text whose {@code ?} placeholders take the values, in order. */
    public NativeQuery append(String text, Object... values) {
        StringBuilder part = new StringBuilder();
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                parameters.add(values[value++]);
                part.append('?').append(parameters.size());
            } else {
                part.append(c);
            }
        }
        if (value != values.length) {
            throw new IllegalArgumentException("placeholders and values differ: " + text);
        }
        sql.append(part);
        return this;
    }

    /** Appends a condition that the scope wrote for itself ("and" is added in front). */
    public NativeQuery and(Predicate predicate) {
        return append(" and " + predicate.sql(), predicate.values().toArray());
    }

    public String sql() {
        return sql.toString();
    }

    /** Every row, each mapped by column alias. */
    public <T> List<T> list(EntityManager em, Function<Row, T> mapper) {
        @SuppressWarnings("unchecked")
        List<Tuple> tuples =
                bind(em.createNativeQuery(sql.toString(), Tuple.class)).getResultList();
        List<T> rows = new ArrayList<>(tuples.size());
        for (Tuple tuple : tuples) {
            rows.add(mapper.apply(new Row(tuple)));
        }
        return rows;
    }

    /** The single row of an aggregate query. */
    public <T> T single(EntityManager em, Function<Row, T> mapper) {
        return list(em, mapper).getFirst();
    }

    /** The first row, if any. */
    public <T> Optional<T> first(EntityManager em, Function<Row, T> mapper) {
        return list(em, mapper).stream().findFirst();
    }

    /** Runs an insert, update or delete; returns the number of rows touched. */
    public int execute(EntityManager em) {
        return bind(em.createNativeQuery(sql.toString())).executeUpdate();
    }

    private Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Escapes % and _ for a LIKE pattern that matches the text anywhere. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A condition in SQL with its values for the {@code ?} placeholders. */
    public record Predicate(String sql, List<Object> values) {
        public static Predicate of(String sql, Object... values) {
            return new Predicate(sql, List.of(values));
        }
    }
}
