package de.amm.casedesk.project;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Branch offices of some demo projects (rural districts are large: a project keeps office hours in a second town),
 * loaded with the demo data when no project has a branch yet. Invented addresses.
 */
@ApplicationScoped
public class DemoBranches {

    record Branch(
            String project,
            String label,
            String street,
            String postalCode,
            String city,
            String hours,
            double latitude,
            double longitude) {}

    static final List<Branch> BRANCHES = List.of(
            new Branch(
                    "Arbeitsmarktmentoren Erzgebirge",
                    "Außenstelle Aue",
                    "Wettinerstraße 12",
                    "08280",
                    "Aue-Bad Schlema",
                    "Di 9–15 Uhr",
                    50.5873,
                    12.7009),
            new Branch(
                    "Arbeitsmarktmentoren Erzgebirge",
                    "Außenstelle Marienberg",
                    "Markt 5",
                    "09496",
                    "Marienberg",
                    "Do 9–14 Uhr",
                    50.6510,
                    13.1636),
            new Branch(
                    "Arbeitsmarktmentoren Mittelsachsen",
                    "Außenstelle Döbeln",
                    "Obermarkt 8",
                    "04720",
                    "Döbeln",
                    "Mo und Mi 9–15 Uhr",
                    51.1213,
                    13.1182),
            new Branch(
                    "Arbeitsmarktmentoren Mittelsachsen",
                    "Außenstelle Mittweida",
                    "Rochlitzer Straße 3",
                    "09648",
                    "Mittweida",
                    "Do 10–16 Uhr",
                    50.9856,
                    12.9811),
            new Branch(
                    "Arbeitsmarktmentoren Vogtland",
                    "Außenstelle Reichenbach",
                    "Zwickauer Straße 14",
                    "08468",
                    "Reichenbach im Vogtland",
                    "Mi 9–15 Uhr",
                    50.6228,
                    12.3036),
            new Branch(
                    "Arbeitsmarktmentoren Bautzen",
                    "Außenstelle Hoyerswerda",
                    "Lausitzer Platz 2",
                    "02977",
                    "Hoyerswerda",
                    "Di und Do 9–15 Uhr",
                    51.4380,
                    14.2352),
            new Branch(
                    "Arbeitsmarktmentoren Görlitz",
                    "Außenstelle Zittau",
                    "Markt 9",
                    "02763",
                    "Zittau",
                    "Mi 9–16 Uhr",
                    50.8963,
                    14.8072),
            new Branch(
                    "Arbeitsmarktmentoren Landkreis Leipzig",
                    "Außenstelle Grimma",
                    "Lange Straße 20",
                    "04668",
                    "Grimma",
                    "Di 9–15 Uhr",
                    51.2386,
                    12.7253),
            new Branch(
                    "Arbeitsmarktmentoren Nordsachsen",
                    "Außenstelle Delitzsch",
                    "Schloßstraße 7",
                    "04509",
                    "Delitzsch",
                    "Mo und Do 9–15 Uhr",
                    51.5262,
                    12.3425),
            new Branch(
                    "Arbeitsmarktmentoren Nordsachsen",
                    "Außenstelle Oschatz",
                    "Neumarkt 3",
                    "04758",
                    "Oschatz",
                    "Mi 10–15 Uhr",
                    51.3002,
                    13.1075),
            new Branch(
                    "Arbeitsmarktmentoren Meißen",
                    "Außenstelle Riesa",
                    "Hauptstraße 40",
                    "01587",
                    "Riesa",
                    "Di 9–14 Uhr",
                    51.3076,
                    13.2939),
            new Branch(
                    "Arbeitsmarktmentoren Sächsische Schweiz-Osterzgebirge",
                    "Außenstelle Freital",
                    "Dresdner Straße 60",
                    "01705",
                    "Freital",
                    "Mo 9–15 Uhr",
                    51.0016,
                    13.6503));

    private final ProjectRepository projects;
    private final ProjectOfficeRepository offices;
    private final boolean enabled;

    public DemoBranches(
            ProjectRepository projects,
            ProjectOfficeRepository offices,
            @ConfigProperty(name = "amm.demo-data.enabled") boolean enabled) {
        this.projects = projects;
        this.offices = offices;
        this.enabled = enabled;
    }

    // after the demo projects (default observers run at APPLICATION + 500)
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (offices.count("main", false) > 0) {
                return;
            }
            int position = 1;
            for (Branch branch : BRANCHES) {
                Project project = projects.find("name", branch.project()).firstResult();
                if (project == null) {
                    continue;
                }
                ProjectOffice office = new ProjectOffice();
                office.id = UUID.nameUUIDFromBytes(
                        ("demo-branch:" + branch.label()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                office.projectId = project.id;
                office.label = branch.label();
                office.street = branch.street();
                office.postalCode = branch.postalCode();
                office.city = branch.city();
                office.openingHours = branch.hours();
                office.phone = project.phone;
                office.latitude = BigDecimal.valueOf(branch.latitude());
                office.longitude = BigDecimal.valueOf(branch.longitude());
                office.position = position++;
                offices.persist(office);
            }
        });
    }
}
