package de.amm.casedesk.common.security;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository of records that belong to one project (a {@code projectId} field). Every read goes
 * through a {@link ProjectScope}, so that records of other projects never appear: not by id, not in a
 * list, not in a count.
 */
public interface ProjectOwnedRepository<E> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> findVisible(UUID id, ProjectScope scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        return find("id = :id and " + scope.jpql("projectId", params), params).firstResultOptional();
    }

    /** Those of the records that lie within the scope. */
    default List<E> listVisible(java.util.Collection<UUID> ids, ProjectScope scope) {
        if (ids.isEmpty() || scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", java.util.Set.copyOf(ids));
        return list("id in :ids and " + scope.jpql("projectId", params), params);
    }

    /** One page of the records within the scope that match the conditions (named parameters). */
    default Page<E> pageVisible(
            List<String> conditions, Map<String, Object> params, Sort sort, ProjectScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> all = new LinkedHashMap<>(params);
        where.add(scope.jpql("projectId", all));
        PanacheQuery<E> found = find(String.join(" and ", where), sort, all);
        List<E> items = found.page(page.page(), page.size()).list();
        return new Page<>(items, page.page(), page.size(), found.count());
    }
}
