package de.amm.casedesk.transfer;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.ProjectScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Transfers, seen from the projects at either end: a transfer belongs to both. */
@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

    /** Which end of a transfer the caller's projects are on. */
    public enum Side {
        INCOMING,
        OUTGOING,
        EITHER
    }

    public Optional<Transfer> findVisible(UUID id, ProjectScope scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        return find("id = :id and " + side(Side.EITHER, scope, params), params).firstResultOptional();
    }

    public boolean openExists(UUID menteeId, UUID toProjectId) {
        return count("menteeId = ?1 and toProjectId = ?2 and status = 'requested'", menteeId, toProjectId) > 0;
    }

    public Page<Transfer> page(Side side, String status, UUID menteeId, ProjectScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        where.add(side(side, scope, params));
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (menteeId != null) {
            where.add("menteeId = :mentee");
            params.put("mentee", menteeId);
        }
        PanacheQuery<Transfer> found = find(
                String.join(" and ", where),
                Sort.by("requestedOn", page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                        .and("id"),
                params);
        return new Page<>(found.page(page.page(), page.size()).list(), page.page(), page.size(), found.count());
    }

    private static String side(Side side, ProjectScope scope, Map<String, Object> params) {
        return switch (side) {
            case INCOMING -> scope.jpql("toProjectId", params);
            case OUTGOING -> scope.jpql("fromProjectId", params);
            case EITHER -> "(" + scope.jpql("toProjectId", params) + " or " + scope.jpql("fromProjectId", params) + ")";
        };
    }
}
