package de.amm.casedesk.mentee;

import java.util.Set;
import java.util.UUID;

/** What the other case-record features need to know about a mentee. */
public record MenteeRef(UUID id, UUID projectId, Set<UUID> projectIds, String pseudonym) {

    static MenteeRef of(Mentee m) {
        return new MenteeRef(m.id, m.projectId, Set.copyOf(m.projectIds), m.pseudonym);
    }
}
