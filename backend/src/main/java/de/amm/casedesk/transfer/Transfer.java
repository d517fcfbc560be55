package de.amm.casedesk.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A mentee handed over from one project to another: requested, then accepted, declined or cancelled. */
@Entity
@Table(name = "transfer")
public class Transfer {

    @Id
    public UUID id;

    @Column(name = "mentee_id")
    public UUID menteeId;

    @Column(name = "from_project_id")
    public UUID fromProjectId;

    @Column(name = "to_project_id")
    public UUID toProjectId;

    @Column(name = "requested_by")
    public UUID requestedBy;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    public String note;

    public String status = "requested";

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decline_reason")
    public String declineReason;

    /** The receiving project's case, opened on acceptance. */
    @Column(name = "case_id")
    public UUID caseId;

    @Version
    public long version;

    boolean isOpen() {
        return "requested".equals(status);
    }
}
