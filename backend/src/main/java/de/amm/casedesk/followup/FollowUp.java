package de.amm.casedesk.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A follow-up (Verbleibskontrolle): is the placed mentee still in the job or training, N months on? */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    /** 3, 6 or 12 months after the placement started. */
    public short months;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "checked_on")
    public LocalDate checkedOn;

    public String result;

    public String note;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isOpen() {
        return result == null;
    }
}
