package de.amm.casedesk.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An employer (Arbeitgeber) a project works with; shared by the project's mentors. */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public String name;

    @Column(columnDefinition = "bpchar")
    public String sector;

    @Column(name = "size_class")
    public String sizeClass;

    @Column(name = "district_ags", columnDefinition = "bpchar")
    public String districtAgs;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String notes;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
