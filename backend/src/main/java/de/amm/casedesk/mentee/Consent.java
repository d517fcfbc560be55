package de.amm.casedesk.mentee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One scope of one consent declaration of a mentee; withdrawn once, never changed otherwise. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    @Column(name = "mentee_id")
    public UUID menteeId;

    /** The project that recorded the declaration. */
    @Column(name = "project_id")
    public UUID projectId;

    public String scope;

    @Column(name = "text_version")
    public String textVersion;

    @Column(name = "given_on")
    public LocalDate givenOn;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_recorded_by")
    public UUID withdrawalRecordedBy;

    @Column(name = "withdrawal_recorded_at")
    public Instant withdrawalRecordedAt;

    /** The row of a newer declaration that replaced this one (consent to a newer text); null if withdrawn. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** In force on {@code day}: given by then and not withdrawn by then. */
    public boolean inForceOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
