package de.amm.casedesk.staff;

import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.security.ProjectScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findByKeycloakUser(String keycloakUserId) {
        return find("keycloakUserId", keycloakUserId).firstResultOptional();
    }

    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Display names of those people who work or worked in a project of the scope. */
    public Map<UUID, String> namesInProjects(Collection<UUID> ids, ProjectScope scope) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty() || scope.isEmpty()) {
            return names;
        }
        new NativeQuery()
                .append(
                        "select p.id, p.display_name from person p where p.id = any(?) and exists (select 1 from"
                                + " project_membership pm where pm.person_id = p.id",
                        (Object) ids.toArray(UUID[]::new))
                .and(scope.sql("pm.project_id"))
                .append(")")
                .list(getEntityManager(), row -> names.put(row.uuid("id"), row.text("display_name")));
        return names;
    }
}
