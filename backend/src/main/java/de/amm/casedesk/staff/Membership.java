package de.amm.casedesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person's work in a project, in a role, from a date; open while {@link #endedOn} is null. */
@Entity
@Table(name = "project_membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    /** mentor, project_lead or integration. */
    public String role;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;
}
