package de.amm.casedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the append-only audit trail; written by {@link AuditService} with plain inserts only. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @Column(name = "actor_roles")
    public String actorRoles;

    public String action;
    public String entity;

    @Column(name = "entity_id")
    public UUID entityId;

    @Column(name = "project_id")
    public UUID projectId;
}
