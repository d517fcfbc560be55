package de.amm.casedesk.casefile;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements ProjectOwnedRepository<CaseFile> {

    public List<CaseFile> ofMentee(UUID menteeId, UUID projectId) {
        return list("menteeId = ?1 and projectId = ?2 order by startedOn", menteeId, projectId);
    }

    public List<CaseFile> ofMentees(Collection<UUID> menteeIds) {
        return menteeIds.isEmpty() ? List.of() : list("menteeId in ?1 order by startedOn", menteeIds);
    }
}
