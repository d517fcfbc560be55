package de.amm.casedesk.demo;

import java.util.List;
import java.util.UUID;

/**
 * The 14 demo projects: one or two in each of Saxony's 13 districts. Carriers, addresses and phone
 * numbers are invented; e-mail and web addresses use the reserved ".example" domain.
 */
final class DemoProjects {

    private DemoProjects() {}

    record DemoProject(
            UUID id,
            String name,
            String carrier,
            String street,
            String postalCode,
            String city,
            String phone,
            String slug,
            String officeHours,
            List<String> languages,
            double latitude,
            double longitude,
            double mentorPositions,
            int yearlyFunding,
            List<String> districts) {}

    static final UUID LEIPZIG = id(1);
    static final UUID DRESDEN = id(3);

    static final List<DemoProject> ALL = List.of(
            new DemoProject(LEIPZIG, "Arbeitsmarktmentoren Leipzig", "Bildungswerk Leipziger Land e.V.",
                    "Karl-Liebknecht-Straße 12", "04107", "Leipzig", "+49 341 555 0101", "leipzig",
                    "Mo–Do 9–16 Uhr, Fr 9–12 Uhr", List.of("de", "en", "ar", "fa", "uk", "ru"),
                    51.3287, 12.3735, 8.0, 560_000, List.of("14713")),
            new DemoProject(id(2), "Arbeitsmarktmentoren Leipzig-Ost", "Integrationsnetz Ost gGmbH",
                    "Eisenbahnstraße 40", "04315", "Leipzig", "+49 341 555 0202", "leipzig-ost",
                    "Di und Do 10–17 Uhr", List.of("de", "ar", "ku", "ti"),
                    51.3459, 12.4036, 5.0, 350_000, List.of("14713")),
            new DemoProject(DRESDEN, "Arbeitsmarktmentoren Dresden", "Elbe Arbeit und Bildung e.V.",
                    "Königsbrücker Straße 15", "01099", "Dresden", "+49 351 555 0303", "dresden",
                    "Mo–Fr 9–15 Uhr", List.of("de", "en", "ar", "uk", "ru", "vi"),
                    51.0625, 13.7482, 8.0, 560_000, List.of("14612")),
            new DemoProject(id(4), "Arbeitsmarktmentoren Chemnitz", "Chemnitzer Brücke e.V.",
                    "Straße der Nationen 20", "09111", "Chemnitz", "+49 371 555 0404", "chemnitz",
                    "Mo–Do 8–16 Uhr", List.of("de", "en", "ar", "ru", "uk"),
                    50.8357, 12.9244, 7.0, 490_000, List.of("14511")),
            new DemoProject(id(5), "Arbeitsmarktmentoren Erzgebirge", "Erzgebirgische Bildungsgesellschaft mbH",
                    "Buchholzer Straße 7", "09456", "Annaberg-Buchholz", "+49 3733 555 0505", "erzgebirge",
                    "Di–Do 9–15 Uhr", List.of("de", "ar", "uk"),
                    50.5799, 13.0024, 5.0, 350_000, List.of("14521")),
            new DemoProject(id(6), "Arbeitsmarktmentoren Mittelsachsen", "Bildungsträger Freiberger Land e.V.",
                    "Petersstraße 3", "09599", "Freiberg", "+49 3731 555 0606", "mittelsachsen",
                    "Mo–Do 9–15 Uhr", List.of("de", "en", "ar", "fa"),
                    50.9119, 13.3428, 5.5, 385_000, List.of("14522")),
            new DemoProject(id(7), "Arbeitsmarktmentoren Vogtland", "Vogtland Integration gGmbH",
                    "Bahnhofstraße 33", "08523", "Plauen", "+49 3741 555 0707", "vogtland",
                    "Mo, Mi, Do 9–16 Uhr", List.of("de", "ru", "uk", "ar"),
                    50.4973, 12.1368, 5.0, 350_000, List.of("14523")),
            new DemoProject(id(8), "Arbeitsmarktmentoren Zwickau", "Westsächsisches Bildungszentrum e.V.",
                    "Innere Plauensche Straße 18", "08056", "Zwickau", "+49 375 555 0808", "zwickau",
                    "Mo–Fr 9–14 Uhr", List.of("de", "en", "ar", "ro"),
                    50.7189, 12.4964, 5.5, 385_000, List.of("14524")),
            new DemoProject(id(9), "Arbeitsmarktmentoren Bautzen", "Lausitzer Bildungswerk e.V.",
                    "Wendischer Graben 5", "02625", "Bautzen", "+49 3591 555 0909", "bautzen",
                    "Di–Do 9–16 Uhr", List.of("de", "pl", "cs", "ar"),
                    51.1814, 14.4242, 5.0, 350_000, List.of("14625")),
            new DemoProject(id(10), "Arbeitsmarktmentoren Görlitz", "Neißeland Perspektive gGmbH",
                    "Berliner Straße 21", "02826", "Görlitz", "+49 3581 555 1010", "goerlitz",
                    "Mo–Do 9–15 Uhr", List.of("de", "pl", "uk", "ar"),
                    51.1552, 14.9885, 5.0, 350_000, List.of("14626")),
            new DemoProject(id(11), "Arbeitsmarktmentoren Meißen", "Elbland Arbeit e.V.",
                    "Neugasse 9", "01662", "Meißen", "+49 3521 555 1111", "meissen",
                    "Mo–Mi 9–15 Uhr", List.of("de", "en", "ar", "uk"),
                    51.1634, 13.4737, 5.0, 350_000, List.of("14627")),
            new DemoProject(id(12), "Arbeitsmarktmentoren Sächsische Schweiz-Osterzgebirge",
                    "Bildungsverbund Elbsandstein e.V.", "Dohnaische Straße 4", "01796", "Pirna",
                    "+49 3501 555 1212", "pirna", "Di und Do 9–17 Uhr", List.of("de", "ar", "uk", "fa"),
                    50.9622, 13.9403, 5.0, 350_000, List.of("14628")),
            new DemoProject(id(13), "Arbeitsmarktmentoren Landkreis Leipzig", "Bildungswerk Leipziger Land e.V.",
                    "Markt 6", "04552", "Borna", "+49 3433 555 1313", "landkreis-leipzig",
                    "Mo–Do 9–15 Uhr", List.of("de", "ar", "uk", "ru"),
                    51.1242, 12.4967, 5.0, 350_000, List.of("14729")),
            new DemoProject(id(14), "Arbeitsmarktmentoren Nordsachsen", "Nordsächsische Integrationshilfe e.V.",
                    "Leipziger Straße 14", "04860", "Torgau", "+49 3421 555 1414", "nordsachsen",
                    "Mo–Do 9–15 Uhr", List.of("de", "en", "ar", "uk"),
                    51.5603, 13.0056, 5.0, 350_000, List.of("14730")));

    static UUID id(int n) {
        return UUID.fromString("a0000000-0000-4000-8000-%012d".formatted(n));
    }
}
