package de.amm.casedesk.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A case (Betreuung): one mentee supported by one project, from a start to an end date. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Column(name = "lead_mentor_id")
    public UUID leadMentorId;

    /** Other mentors who help. */
    @ElementCollection
    @CollectionTable(name = "case_assistant", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "person_id")
    public Set<UUID> assistantIds = new HashSet<>();

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "closing_reason")
    public String closingReason;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isOpen() {
        return endedOn == null;
    }

    /** Whether the day lies within the case. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || !day.isAfter(endedOn));
    }
}
