package de.amm.casedesk.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A local project (Projekt vor Ort): its carrier, public contact data, served districts and resources. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    public UUID id;

    public String name;
    public String carrier;
    public String street;

    @Column(name = "postal_code", columnDefinition = "bpchar")
    public String postalCode;

    public String city;
    public String phone;
    public String email;
    public String website;

    @Column(name = "office_hours")
    public String officeHours;

    /** ISO 639 codes of the languages spoken in the project. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(3)[]")
    public List<String> languages = new ArrayList<>();

    public BigDecimal latitude;
    public BigDecimal longitude;

    /** Mentor positions in full-time equivalents. */
    @Column(name = "mentor_positions")
    public BigDecimal mentorPositions;

    @Column(name = "yearly_funding")
    public BigDecimal yearlyFunding;

    /** AGS codes of the districts the project serves. */
    @ElementCollection
    @CollectionTable(name = "project_district", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "district_ags", columnDefinition = "bpchar")
    @OrderBy
    public Set<String> districts = new LinkedHashSet<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
