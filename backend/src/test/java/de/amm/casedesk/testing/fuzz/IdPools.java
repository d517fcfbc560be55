package de.amm.casedesk.testing.fuzz;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Ids of records that exist, by kind (mentee, case, project, person, …), so that generated requests name real records;
 * records the run creates join their pool. A kind without ids yields fresh random ids.
 */
public final class IdPools {

    private final Map<String, List<String>> pools = new ConcurrentHashMap<>();

    public void add(String kind, Object id) {
        pools.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(String.valueOf(id));
    }

    public int size(String kind) {
        return pools.getOrDefault(kind, List.of()).size();
    }

    /** An id of the kind, picked when the request is generated (the pool may have grown by then). */
    public Arbitrary<String> of(String kind) {
        return Arbitraries.randomValue(random -> {
            List<String> pool = pools.get(kind);
            if (pool == null || pool.isEmpty()) {
                return UUID.randomUUID().toString();
            }
            return pool.get(random.nextInt(pool.size()));
        });
    }

    /** The kind of record a path parameter names: {id} takes it from the collection before it. */
    static String kindOfPathParameter(String template, String name) {
        if (!name.equals("id")) {
            return kindOfField(name);
        }
        String[] segments = template.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            if (segments[i].equals("{id}")) {
                return collectionKind(segments[i - 1]);
            }
        }
        return "unknown";
    }

    /** "/api/v1/follow-ups" holds "followUp" records; the Location of a created record names its kind this way. */
    public static String collectionKind(String collection) {
        return switch (collection) {
            case "activities" -> "activity";
            case "cases" -> "case";
            case "employers" -> "employer";
            case "follow-ups" -> "followUp";
            case "mentees" -> "mentee";
            case "placements" -> "placement";
            case "projects" -> "project";
            case "referrals" -> "referral";
            case "reports" -> "report";
            case "members" -> "person";
            default -> "unknown";
        };
    }

    /** "menteeId" names a mentee; mentors, leads, assistants and members are persons. */
    static String kindOfField(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("mentor") || lower.contains("assistant") || lower.contains("person")) {
            return "person";
        }
        if (lower.contains("declaration")) {
            return "declaration";
        }
        for (String kind :
                List.of("mentee", "case", "project", "employer", "placement", "referral", "activity", "report")) {
            if (lower.startsWith(kind)) {
                return kind;
            }
        }
        if (lower.startsWith("followup")) {
            return "followUp";
        }
        return "unknown";
    }
}
