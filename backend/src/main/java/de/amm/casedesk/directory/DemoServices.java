package de.amm.casedesk.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Invented but plausible integration services for every Saxon district, marked as demo, loaded with the demo data
 * ({@code amm.demo-data.enabled}) when the directory has none. Names follow the real kinds of bodies; addresses,
 * phone numbers and positions are made up, e-mail and web addresses use ".example".
 */
@ApplicationScoped
public class DemoServices {

    private static final Logger LOG = Logger.getLogger(DemoServices.class);

    /** A district's seat: where its services are placed. */
    record Seat(String ags, String name, String city, String postalCode, double latitude, double longitude) {}

    static final List<Seat> SEATS = List.of(
            new Seat("14511", "Chemnitz", "Chemnitz", "09111", 50.8322, 12.9253),
            new Seat("14521", "Erzgebirgskreis", "Annaberg-Buchholz", "09456", 50.5796, 13.0047),
            new Seat("14522", "Mittelsachsen", "Freiberg", "09599", 50.9119, 13.3428),
            new Seat("14523", "Vogtlandkreis", "Plauen", "08523", 50.4973, 12.1369),
            new Seat("14524", "Zwickau", "Zwickau", "08056", 50.7189, 12.4964),
            new Seat("14612", "Dresden", "Dresden", "01067", 51.0504, 13.7373),
            new Seat("14625", "Bautzen", "Bautzen", "02625", 51.1814, 14.4242),
            new Seat("14626", "Görlitz", "Görlitz", "02826", 51.1552, 14.9885),
            new Seat("14627", "Meißen", "Meißen", "01662", 51.1634, 13.4737),
            new Seat("14628", "Sächsische Schweiz-Osterzgebirge", "Pirna", "01796", 50.9622, 13.9403),
            new Seat("14713", "Leipzig", "Leipzig", "04109", 51.3397, 12.3731),
            new Seat("14729", "Leipzig (Landkreis)", "Borna", "04552", 51.1245, 12.4967),
            new Seat("14730", "Nordsachsen", "Torgau", "04860", 51.5603, 13.0056));

    private final IntegrationServiceRepository services;
    private final boolean enabled;

    public DemoServices(
            IntegrationServiceRepository services, @ConfigProperty(name = "amm.demo-data.enabled") boolean enabled) {
        this.services = services;
        this.enabled = enabled;
    }

    // after the demo projects (default observers run at APPLICATION + 500)
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (services.count() > 0) {
                return;
            }
            List<IntegrationService> all = all();
            services.persist(all);
            LOG.infof("Demo directory loaded: %d integration services in %d districts", all.size(), SEATS.size());
        });
    }

    /** The demo services: five in every district, recognition counselling and the IQ network by region. */
    static List<IntegrationService> all() {
        List<IntegrationService> all = new ArrayList<>();
        int n = 0;
        for (Seat seat : SEATS) {
            String slug = slug(seat.city());
            all.add(service(
                    ++n,
                    "Jobcenter " + seat.name(),
                    "Jobcenter " + seat.name(),
                    ServiceKind.JOBCENTER,
                    "Arbeitslosengeld II/Bürgergeld, Arbeitsvermittlung und Förderung für Menschen im Leistungsbezug.",
                    seat,
                    "Am Rathaus 3",
                    0,
                    "Mo, Di, Do 8–12 Uhr, Do 14–18 Uhr",
                    List.of("de", "en", "ar", "uk"),
                    List.of(ServiceAudience.IMMIGRANTS, ServiceAudience.REFUGEES, ServiceAudience.EMPLOYERS),
                    "jobcenter-" + slug));
            all.add(service(
                    ++n,
                    "Agentur für Arbeit " + seat.city(),
                    "Bundesagentur für Arbeit",
                    ServiceKind.EMPLOYMENT_AGENCY,
                    "Berufsberatung, Arbeitsvermittlung, Arbeitgeber-Service und Förderung der beruflichen"
                            + " Weiterbildung.",
                    seat,
                    "Bahnhofstraße 20",
                    1,
                    "Mo–Fr 8–12:30 Uhr, Do bis 18 Uhr",
                    List.of("de", "en"),
                    List.of(ServiceAudience.IMMIGRANTS, ServiceAudience.YOUNG_PEOPLE, ServiceAudience.EMPLOYERS),
                    "arbeitsagentur-" + slug));
            all.add(service(
                    ++n,
                    "Ausländerbehörde " + seat.name(),
                    List.of("14511", "14612", "14713").contains(seat.ags())
                            ? "Stadt " + seat.city()
                            : "Landratsamt " + seat.name(),
                    ServiceKind.IMMIGRATION_OFFICE,
                    "Aufenthaltstitel, Arbeitserlaubnis, Beschäftigungsduldung und Fachkräfteeinwanderung.",
                    seat,
                    "Verwaltungsring 7",
                    2,
                    "Di 9–12 und 13–18 Uhr, Do 9–12 Uhr, nach Termin",
                    List.of("de", "en"),
                    List.of(ServiceAudience.IMMIGRANTS, ServiceAudience.REFUGEES, ServiceAudience.EMPLOYERS),
                    "auslaenderbehoerde-" + slug));
            all.add(service(
                    ++n,
                    "Migrationsberatung für Erwachsene " + seat.city(),
                    n % 2 == 0 ? "Diakonie " + seat.name() : "Caritasverband " + seat.name(),
                    ServiceKind.MIGRATION_COUNSELLING,
                    "Beratung zu Aufenthalt, Sprachkurs, Arbeit, Wohnen und Familie für Zugewanderte ab 27 Jahren;"
                            + " der Jugendmigrationsdienst (JMD) berät junge Menschen bis 27.",
                    seat,
                    "Kirchgasse 4",
                    3,
                    "Mo–Do 9–15 Uhr, offene Sprechstunde Di 13–16 Uhr",
                    List.of("de", "en", "ar", "fa", "ru", "uk"),
                    List.of(
                            ServiceAudience.IMMIGRANTS,
                            ServiceAudience.REFUGEES,
                            ServiceAudience.WOMEN,
                            ServiceAudience.YOUNG_PEOPLE),
                    "migrationsberatung-" + slug));
            all.add(service(
                    ++n,
                    "Integrations- und Berufssprachkurse " + seat.city(),
                    "Volkshochschule " + seat.name(),
                    ServiceKind.LANGUAGE_COURSE,
                    "Integrationskurse (A1–B1), Berufssprachkurse (B1–C1), Kurse mit Kinderbetreuung für Frauen.",
                    seat,
                    "Schulstraße 11",
                    4,
                    "Anmeldung Mo–Fr 9–13 Uhr",
                    List.of("de", "en", "ar", "ru", "uk"),
                    List.of(ServiceAudience.IMMIGRANTS, ServiceAudience.REFUGEES, ServiceAudience.WOMEN),
                    "vhs-" + slug));
        }
        // the chambers' recognition counselling and the IQ network serve whole regions
        Region[] regions = {
            new Region(SEATS.get(0), List.of("14511", "14521", "14522", "14523", "14524"), "Südwestsachsen"),
            new Region(SEATS.get(5), List.of("14612", "14625", "14626", "14627", "14628"), "Dresden und Ostsachsen"),
            new Region(SEATS.get(10), List.of("14713", "14729", "14730"), "Leipzig und Nordsachsen")
        };
        for (Region region : regions) {
            String slug = slug(region.seat().city());
            IntegrationService ihk = service(
                    ++n,
                    "Anerkennungsberatung IHK " + region.seat().city(),
                    "Industrie- und Handelskammer " + region.name(),
                    ServiceKind.RECOGNITION_COUNSELLING,
                    "Anerkennung ausländischer Berufsabschlüsse in IHK-Berufen (Feststellung der Gleichwertigkeit).",
                    region.seat(),
                    "Straße der Nationen 25",
                    5,
                    "Mo–Do 8–16 Uhr nach Termin",
                    List.of("de", "en"),
                    List.of(ServiceAudience.SKILLED_WORKERS, ServiceAudience.EMPLOYERS),
                    "ihk-" + slug);
            ihk.districts.clear();
            ihk.districts.addAll(region.districts());
            all.add(ihk);
            IntegrationService hwk = service(
                    ++n,
                    "Anerkennungsberatung HWK " + region.seat().city(),
                    "Handwerkskammer " + region.name(),
                    ServiceKind.RECOGNITION_COUNSELLING,
                    "Anerkennung ausländischer Abschlüsse in Handwerksberufen, Anpassungsqualifizierung.",
                    region.seat(),
                    "Limbacher Straße 9",
                    6,
                    "Di und Do 9–15 Uhr",
                    List.of("de", "en", "ru"),
                    List.of(ServiceAudience.SKILLED_WORKERS, ServiceAudience.EMPLOYERS),
                    "hwk-" + slug);
            hwk.districts.clear();
            hwk.districts.addAll(region.districts());
            all.add(hwk);
            IntegrationService iq = service(
                    ++n,
                    "IQ Anerkennungs- und Qualifizierungsberatung "
                            + region.seat().city(),
                    "IQ Netzwerk Sachsen",
                    ServiceKind.IQ_NETWORK,
                    "Beratung zu Anerkennung und Qualifizierung für alle Berufe, auch per Video und in"
                            + " Herkunftssprachen.",
                    region.seat(),
                    "Georgstraße 8",
                    7,
                    "Mo–Fr 9–16 Uhr, Videoberatung nach Termin",
                    List.of("de", "en", "ar", "fa", "ru", "uk"),
                    List.of(ServiceAudience.SKILLED_WORKERS, ServiceAudience.REFUGEES, ServiceAudience.WOMEN),
                    "iq-" + slug);
            iq.districts.clear();
            iq.districts.addAll(region.districts());
            all.add(iq);
        }
        return all;
    }

    record Region(Seat seat, List<String> districts, String name) {}

    private static IntegrationService service(
            int n,
            String name,
            String provider,
            ServiceKind kind,
            String description,
            Seat seat,
            String street,
            int offset,
            String hours,
            List<String> languages,
            List<ServiceAudience> audiences,
            String slug) {
        IntegrationService s = new IntegrationService();
        s.id = UUID.nameUUIDFromBytes(("demo-service:" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s.name = name;
        s.provider = provider;
        s.kind = kind.code();
        s.description = description;
        s.street = street;
        s.postalCode = seat.postalCode();
        s.city = seat.city();
        // around the seat, so that the markers of one town do not sit on each other
        double angle = offset * Math.PI / 4;
        s.latitude = round(seat.latitude() + 0.006 * Math.sin(angle));
        s.longitude = round(seat.longitude() + 0.009 * Math.cos(angle));
        s.phone = String.format("+49 %d 555 %04d", 300 + (n % 600), 2000 + n);
        s.email = "kontakt@" + slug + ".demo.example";
        s.website = "https://" + slug + ".demo.example";
        s.openingHours = hours;
        s.languages = new ArrayList<>(languages);
        s.targetGroups =
                new ArrayList<>(audiences.stream().map(ServiceAudience::code).toList());
        s.demo = true;
        s.districts.add(seat.ags());
        return s;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static String slug(String city) {
        return city.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-");
    }
}
