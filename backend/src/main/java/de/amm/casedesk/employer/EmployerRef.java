package de.amm.casedesk.employer;

import java.util.UUID;

/** What the other case-record features need to know about an employer. */
public record EmployerRef(UUID id, UUID projectId, String name, String sector) {}
