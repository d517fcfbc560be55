package de.amm.casedesk.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
