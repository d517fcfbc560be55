package de.amm.casedesk.testing;

import de.amm.casedesk.common.api.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds test records straight in the database, each with fresh ids and names, so that test classes
 * need no cleanup and never see each other's data.
 */
@ApplicationScoped
public class Fixtures {

    private final EntityManager em;

    public Fixtures(EntityManager em) {
        this.em = em;
    }

    /** A project serving the given districts (Leipzig when none). */
    public UUID project(String... districts) {
        UUID id = Ids.newId();
        String name = "Testprojekt " + id.toString().substring(24);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into project (id, name, carrier, street, postal_code, city, email, latitude,"
                            + " longitude) values (?1, ?2, 'Testträger e.V.', 'Teststraße 1', '04109', 'Leipzig',"
                            + " 'test@amm-demo.example', ?3, ?4)")
                    .setParameter(1, id)
                    .setParameter(2, name)
                    .setParameter(3, new BigDecimal("51.34"))
                    .setParameter(4, new BigDecimal("12.37"))
                    .executeUpdate();
            for (String ags : districts.length == 0 ? new String[] {"14713"} : districts) {
                em.createNativeQuery("insert into project_district (project_id, district_ags) values (?1, ?2)")
                        .setParameter(1, id)
                        .setParameter(2, ags)
                        .executeUpdate();
            }
        });
        return id;
    }

    /** A person with a login account (a fresh Keycloak user id) working in the project in the role. */
    public Staff staff(UUID projectId, String role) {
        return staffWithAccount(UUID.randomUUID().toString(), projectId, role);
    }

    public Staff staffWithAccount(String keycloakUserId, UUID projectId, String role) {
        UUID personId = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            "insert into person (id, keycloak_user_id, display_name, email) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, personId)
                    .setParameter(2, keycloakUserId)
                    .setParameter(3, "Test Person " + personId.toString().substring(24))
                    .setParameter(4, "p" + personId.toString().substring(24) + "@amm-test.example")
                    .executeUpdate();
            addMembership(projectId, personId, role);
        });
        return new Staff(personId, keycloakUserId, role);
    }

    /** Adds another project to an existing person. */
    public void alsoWorksIn(Staff staff, UUID projectId, String role) {
        QuarkusTransaction.requiringNew().run(() -> addMembership(projectId, staff.personId(), role));
    }

    private void addMembership(UUID projectId, UUID personId, String role) {
        em.createNativeQuery("insert into project_membership (id, project_id, person_id, role, started_on)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Ids.newId())
                .setParameter(2, projectId)
                .setParameter(3, personId)
                .setParameter(4, role)
                .setParameter(5, LocalDate.now().minusYears(1))
                .executeUpdate();
    }

    /** A member of staff; {@link #token()} signs a test token for them. */
    public record Staff(UUID personId, String keycloakUserId, String role) {
        public String token() {
            return Tokens.of(keycloakUserId, role);
        }
    }
}
