package de.amm.casedesk.referral;

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

/** A referral: the mentee sent on to another integration service. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Column(name = "referred_on")
    public LocalDate referredOn;

    @Column(name = "service_id")
    public UUID serviceId;

    public String provider;
    public String topic;
    public String note;

    /** A {@link ReferralOutcome} code. */
    public String outcome = ReferralOutcome.WAITING.code();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
