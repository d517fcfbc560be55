package de.amm.casedesk.staff;

import de.amm.casedesk.common.security.MembershipDirectory;
import de.amm.casedesk.common.security.ProjectRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID>, MembershipDirectory {

    @Override
    public List<ProjectRole> openMembershipsOf(String keycloakUserId) {
        return getEntityManager()
                .createQuery(
                        "select new de.amm.casedesk.common.security.ProjectRole(m.projectId, m.role)"
                                + " from Membership m where m.person.keycloakUserId = :subject and m.endedOn is null"
                                + " order by m.startedOn",
                        ProjectRole.class)
                .setParameter("subject", keycloakUserId)
                .getResultList();
    }

    @Override
    public Optional<UUID> personIdOf(String keycloakUserId) {
        return getEntityManager()
                .createQuery("select p.id from Person p where p.keycloakUserId = :subject", UUID.class)
                .setParameter("subject", keycloakUserId)
                .getResultStream()
                .findFirst();
    }

    public List<Membership> openMembershipsOfProject(UUID projectId) {
        return find(
                        "from Membership m join fetch m.person where m.projectId = ?1 and m.endedOn is null"
                                + " order by m.person.displayName",
                        projectId)
                .list();
    }

    public Optional<Membership> openMembership(UUID projectId, UUID personId) {
        return find(
                        "from Membership m join fetch m.person where m.projectId = ?1 and m.person.id = ?2 and m.endedOn is null",
                        projectId,
                        personId)
                .firstResultOptional();
    }
}
