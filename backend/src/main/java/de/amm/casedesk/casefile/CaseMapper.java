package de.amm.casedesk.casefile;

import de.amm.casedesk.casefile.CaseApi.CaseView;
import de.amm.casedesk.codelist.ClosingReason;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ref;
import java.util.Map;
import java.util.UUID;

final class CaseMapper {

    private CaseMapper() {}

    static CaseView toView(CaseFile c, String menteePseudonym, Map<UUID, String> names) {
        return new CaseView(
                c.id,
                c.projectId,
                c.menteeId,
                menteePseudonym,
                new Ref(c.leadMentorId, names.get(c.leadMentorId)),
                c.assistantIds.stream()
                        .sorted()
                        .map(id -> new Ref(id, names.get(id)))
                        .toList(),
                c.startedOn,
                c.endedOn,
                Coded.ofNullable(ClosingReason.class, c.closingReason),
                c.isOpen() ? "open" : "closed",
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
