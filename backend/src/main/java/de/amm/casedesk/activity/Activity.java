package de.amm.casedesk.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** An activity (Kontakt): a dated contact with a mentee and/or an employer and/or an authority. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Column(name = "employer_id")
    public UUID employerId;

    public String authority;

    /** Who had the activity (person id). */
    @Column(name = "mentor_id")
    public UUID mentorId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String channel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(32)[]")
    public List<String> topics = new ArrayList<>();

    public String note;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
