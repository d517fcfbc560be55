package de.amm.casedesk.mentee;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentee (Teilnehmende): personal data that only the mentee's projects see, and the reporting
 * attributes the programme's figures are computed from. Codes are stored as the code lists' codes.
 */
@Entity
@Table(name = "mentee")
public class Mentee {

    @Id
    public UUID id;

    /** The project that registered the mentee. */
    @Column(name = "project_id")
    public UUID projectId;

    /** Every project that sees the mentee: the registering one and those with a case of theirs. */
    @ElementCollection
    @CollectionTable(name = "mentee_project", joinColumns = @JoinColumn(name = "mentee_id"))
    @Column(name = "project_id")
    public Set<UUID> projectIds = new HashSet<>();

    /** Stable pseudonym shown instead of the name outside the mentee's projects. */
    public String pseudonym;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String phone;
    public String email;
    public String address;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(3)[]")
    public List<String> languages = new ArrayList<>();

    public String notes;

    public String gender;

    @Column(name = "year_of_birth")
    public Short yearOfBirth;

    @Column(columnDefinition = "bpchar")
    public String nationality;

    @Column(name = "residence_status")
    public String residenceStatus;

    public String qualification;

    @Column(name = "recognition_status")
    public String recognitionStatus;

    @Column(name = "german_level")
    public String germanLevel;

    @Column(name = "district_ags", columnDefinition = "bpchar")
    public String districtAgs;

    @Column(name = "referral_source")
    public String referralSource;

    /** The day the mentee was anonymised (erasure); names, contact data and notes are gone since. */
    @Column(name = "anonymised_on")
    public LocalDate anonymisedOn;

    @Version
    public long version;

    /** Set from the programme's clock (the mistake window for deletion counts from it). */
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
