package de.amm.casedesk.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntegrationServiceRepository implements PanacheRepositoryBase<IntegrationService, UUID> {

    /** Services with their districts, optionally of one kind and serving one district, ordered by name. */
    public List<IntegrationService> search(String districtAgs, String kind) {
        StringBuilder jpql =
                new StringBuilder("select distinct s from IntegrationService s left join fetch s.districts");
        List<String> where = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (districtAgs != null) {
            where.add("s.id in (select t.id from IntegrationService t join t.districts d where d = :district)");
            params.put("district", districtAgs);
        }
        if (kind != null) {
            where.add("s.kind = :kind");
            params.put("kind", kind);
        }
        if (!where.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", where));
        }
        jpql.append(" order by s.name, s.id");
        return find(jpql.toString(), params).list();
    }

    public Optional<IntegrationService> findWithDistricts(UUID id) {
        return find("from IntegrationService s left join fetch s.districts where s.id = ?1", id)
                .singleResultOptional();
    }

    public boolean anyDemo() {
        return count("demo", true) > 0;
    }
}
