package de.amm.casedesk.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A funding phase of the programme (Förderphase). Reference data. */
@Entity
@Table(name = "programme_phase")
public class ProgrammePhase {

    @Id
    public String code;

    @Column(name = "name_de")
    public String nameDe;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
