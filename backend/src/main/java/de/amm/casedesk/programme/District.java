package de.amm.casedesk.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Saxon district (Landkreis or kreisfreie Stadt), keyed by its official AGS code. Reference data. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @Column(columnDefinition = "bpchar")
    public String ags;

    public String name;

    /** "city" (kreisfreie Stadt) or "rural" (Landkreis). */
    public String kind;
}
