package de.amm.casedesk.document;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements ProjectOwnedRepository<Document> {

    /** The mentee's documents within the scope, newest first. */
    public List<Document> ofMentee(UUID menteeId, ProjectScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mentee", menteeId);
        return list(
                "menteeId = :mentee and " + scope.jpql("projectId", params) + " order by uploadedAt desc, id", params);
    }

    /** All documents of the mentee in every project, for erasure (whose access was checked before). */
    public List<Document> allOfMentee(UUID menteeId) {
        return list("menteeId", menteeId);
    }
}
