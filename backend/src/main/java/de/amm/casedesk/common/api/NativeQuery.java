package de.amm.casedesk.common.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL query assembled from optional conditions, with its parameters numbered in order. For the
 * read models (lists with filters over several tables) that JPQL expresses badly.
 */
public final class NativeQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

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

    public String sql() {
        return sql.toString();
    }

    public Query create(EntityManager em) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Escapes % and _ for a LIKE pattern that matches the text anywhere. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
