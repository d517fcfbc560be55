package de.amm.casedesk.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** An employer's enquiry from the public page "Fachkräfte finden": a lead in the responsible project's inbox. */
@Entity
@Table(name = "employer_enquiry")
public class EmployerEnquiry {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "district_ags", columnDefinition = "bpchar")
    public String districtAgs;

    public String company;

    @Column(name = "contact_name")
    public String contactName;

    public String email;
    public String phone;
    public String message;

    /** new, contacted or closed. */
    public String status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Version
    public long version;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
