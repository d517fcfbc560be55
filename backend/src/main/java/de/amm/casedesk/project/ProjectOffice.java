package de.amm.casedesk.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An office of a project on the public map. The main office mirrors the project's own address (the database keeps
 * it in step); further offices are the project's branches.
 */
@Entity
@Table(name = "project_office")
public class ProjectOffice {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public boolean main;
    public String label;
    public String street;

    @Column(name = "postal_code", columnDefinition = "bpchar")
    public String postalCode;

    public String city;
    public String phone;

    @Column(name = "opening_hours")
    public String openingHours;

    public BigDecimal latitude;
    public BigDecimal longitude;

    /** Order among the project's offices (the main office first). */
    public int position;
}
