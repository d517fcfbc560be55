package de.amm.casedesk.directory;

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

/**
 * An integration service (Angebot) of another body around the programme: a Jobcenter, a language-course provider,
 * recognition counselling, ... with the districts it serves. Public.
 */
@Entity
@Table(name = "integration_service")
public class IntegrationService {

    @Id
    public UUID id;

    public String name;
    public String provider;

    /** A {@link ServiceKind} code. */
    public String kind;

    public String description;
    public String street;

    @Column(name = "postal_code", columnDefinition = "bpchar")
    public String postalCode;

    public String city;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public String phone;
    public String email;
    public String website;

    @Column(name = "opening_hours")
    public String openingHours;

    /** ISO 639 codes of the languages the service is offered in. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(3)[]")
    public List<String> languages = new ArrayList<>();

    /** {@link ServiceAudience} codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", columnDefinition = "varchar(32)[]")
    public List<String> targetGroups = new ArrayList<>();

    /** Invented for the demo system. */
    public boolean demo;

    /** AGS codes of the districts the service serves. */
    @ElementCollection
    @CollectionTable(name = "integration_service_district", joinColumns = @JoinColumn(name = "service_id"))
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
