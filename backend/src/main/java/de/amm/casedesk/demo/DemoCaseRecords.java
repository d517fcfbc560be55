package de.amm.casedesk.demo;

import de.amm.casedesk.bulk.CaseRecordWriter;
import de.amm.casedesk.bulk.Rows.ActivityRow;
import de.amm.casedesk.bulk.Rows.CaseRow;
import de.amm.casedesk.bulk.Rows.EmployerRow;
import de.amm.casedesk.bulk.Rows.FollowUpRow;
import de.amm.casedesk.bulk.Rows.MenteeRow;
import de.amm.casedesk.bulk.Rows.PlacementRow;
import de.amm.casedesk.bulk.Rows.ReferralRow;
import de.amm.casedesk.demo.DemoProjects.DemoProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo programme's case records: about 5,000 mentees, 2,000 employers, their cases, contacts,
 * placements, follow-ups and referrals from January 2020 to the day of loading, in plausible proportions
 * (about a third women, over half placed). All names, numbers and notes are invented. The same seed and
 * loading day give the same records.
 */
final class DemoCaseRecords {

    static final int MENTEES = 5_000;
    static final int EMPLOYERS = 2_000;
    static final LocalDate PROGRAMME_START = LocalDate.of(2020, 1, 1);

    private static final String[] FEMALE_NAMES = {
        "Amina",
        "Fatima",
        "Olena",
        "Mariam",
        "Zahra",
        "Iryna",
        "Nour",
        "Hawa",
        "Leyla",
        "Tetiana",
        "Rana",
        "Samira",
        "Anastasiia",
        "Aisha",
        "Marwa",
        "Yuliia",
        "Shirin",
        "Hiba",
        "Natalia",
        "Semhar",
        "Parisa",
        "Dilan",
        "Rima",
        "Kateryna",
        "Farida",
        "Luz",
        "Mahsa",
        "Oksana",
        "Selam",
        "Yasmin"
    };
    private static final String[] MALE_NAMES = {
        "Ahmad", "Mohammad", "Oleksandr", "Ali", "Yusuf", "Karim", "Omar", "Dmytro", "Hassan", "Bilal", "Tesfaye",
        "Reza", "Mustafa", "Andrii", "Samir", "Abdul", "Ibrahim", "Serhii", "Jamal", "Tariq", "Amanuel", "Farid",
        "Ivan", "Khaled", "Luis", "Murat", "Nasir", "Rami", "Vitalii", "Yonas"
    };
    private static final String[] LAST_NAMES = {
        "Haddad",
        "Rahimi",
        "Kovalenko",
        "Al-Hassan",
        "Ahmadi",
        "Shevchenko",
        "Nasser",
        "Hosseini",
        "Bondarenko",
        "Mohammadi",
        "Tesfay",
        "Yilmaz",
        "Karimi",
        "Melnyk",
        "Abdullah",
        "Haile",
        "Sayed",
        "Tkachenko",
        "Omar",
        "Rezaei",
        "Kaya",
        "Ibrahim",
        "Boyko",
        "Jafari",
        "Mahmoud",
        "Gebremedhin",
        "Hamidi",
        "Kravchenko",
        "Aziz",
        "Popova",
        "Suleiman",
        "Nazari",
        "Moroz",
        "Khalil",
        "Bekele",
        "Sadeghi",
        "Demir",
        "Lysenko",
        "Hussaini",
        "Rodríguez"
    };
    /** Nationality codes, weighted (repeats), roughly the programme's mentees. */
    private static final String[] NATIONALITIES = {
        "SY", "SY", "SY", "SY", "SY", "UA", "UA", "UA", "UA", "AF", "AF", "AF", "IQ", "IQ", "ER", "IR", "IR", "TR",
        "VE", "RU", "GE", "SO", "NG", "PK", "VN", "XX", "IN", "EG", "LB", "MA"
    };

    private static final String[][] EMPLOYER_KINDS = {
        {"Pflegedienst", "Q"},
        {"Seniorenheim", "Q"},
        {"Klinikum", "Q"},
        {"Bäckerei", "C"},
        {"Metallbau", "C"},
        {"Logistik", "H"},
        {"Spedition", "H"},
        {"Hotel", "I"},
        {"Restaurant", "I"},
        {"Bau", "F"},
        {"Elektro", "F"},
        {"Reinigungsservice", "N"},
        {"Gebäudeservice", "N"},
        {"Autohaus", "G"},
        {"Supermarkt", "G"},
        {"IT-Service", "J"},
        {"Kita", "P"},
        {"Gärtnerei", "A"},
        {"Maschinenbau", "C"},
        {"Steuerbüro", "M"}
    };
    private static final String[] EMPLOYER_NAMES = {
        "Sonnenhof", "Elbtal", "Am Markt", "Lindenau", "Nordstern", "Erzgebirge", "Saxonia", "Mühlgraben",
        "Am Park", "Westend", "Oberland", "Zum Löwen", "Muldental", "Lausitz", "Vogtland", "Bergblick"
    };
    private static final String[] LEGAL_FORMS = {"GmbH", "GmbH & Co. KG", "e.K.", "gGmbH", "AG", "e.V."};
    private static final String[] CHANNELS = {
        "in_person", "in_person", "in_person", "phone", "phone", "video", "message"
    };
    private static final String[] MENTEE_TOPICS = {
        "job_search",
        "applications",
        "recognition",
        "language_course",
        "vocational_training",
        "residence_law",
        "childcare",
        "housing",
        "authority_accompaniment",
        "social_benefits",
        "health"
    };
    private static final String[] NOTES = {
        "Lebenslauf überarbeitet, Bewerbungen besprochen.",
        "Termin beim Jobcenter vorbereitet.",
        "Sprachkursanmeldung geklärt.",
        "Unterlagen für die Anerkennung zusammengestellt.",
        "Vorstellungsgespräch geübt.",
        "Kinderbetreuung für die Arbeitszeit besprochen.",
        "Rückmeldung vom Arbeitgeber eingeholt.",
        "Begleitung zur Ausländerbehörde.",
        "Probearbeit vereinbart.",
        "Fragen zum Arbeitsvertrag geklärt."
    };
    private static final String[] OCCUPATIONS = {
        "Pflegehelfer/in", "Fachkraft für Lagerlogistik", "Koch/Köchin", "Elektroniker/in", "Verkäufer/in",
        "Berufskraftfahrer/in", "Reinigungskraft", "Bäcker/in", "Kfz-Mechatroniker/in", "Erzieher/in",
        "Produktionshelfer/in", "Hotelfachmann/-frau", "Anlagenmechaniker/in", "Bürokaufmann/-frau"
    };
    private static final String[][] REFERRALS = {
        {"IQ Anerkennungsberatung Sachsen", "Anerkennung des Berufsabschlusses"},
        {"Migrationsberatung für Erwachsene", "Aufenthalt und Familie"},
        {"Volkshochschule", "Berufssprachkurs B2"},
        {"Jobcenter", "Förderung einer Weiterbildung"},
        {"Schuldnerberatung", "Schulden"},
        {"Wohnungsamt", "Wohnungssuche"},
        {"Kita-Beratung der Stadt", "Kinderbetreuungsplatz"}
    };

    private final Random random = new Random(DemoDataLoader.SEED + 1);
    private final LocalDate today;
    private final Map<UUID, List<UUID>> mentorsByProject;

    private final List<MenteeRow> menteeRows = new ArrayList<>();
    private final List<EmployerRow> employerRows = new ArrayList<>();
    private final List<CaseRow> caseRows = new ArrayList<>();
    private final List<ActivityRow> activityRows = new ArrayList<>();
    private final List<PlacementRow> placementRows = new ArrayList<>();
    private final List<FollowUpRow> followUpRows = new ArrayList<>();
    private final List<ReferralRow> referralRows = new ArrayList<>();
    private long ids;

    DemoCaseRecords(LocalDate today, Map<UUID, List<UUID>> mentorsByProject) {
        this.today = today;
        this.mentorsByProject = mentorsByProject;
    }

    void write(CaseRecordWriter writer) {
        generate();
        writer.employers(employerRows);
        writer.mentees(menteeRows);
        writer.cases(caseRows);
        writer.activities(activityRows);
        writer.placements(placementRows);
        writer.followUps(followUpRows);
        writer.referrals(referralRows);
    }

    String summary() {
        return "%d mentees, %d employers, %d cases, %d contacts, %d placements, %d follow-ups, %d referrals"
                .formatted(
                        menteeRows.size(),
                        employerRows.size(),
                        caseRows.size(),
                        activityRows.size(),
                        placementRows.size(),
                        followUpRows.size(),
                        referralRows.size());
    }

    private void generate() {
        double positions = DemoProjects.ALL.stream()
                .mapToDouble(DemoProject::mentorPositions)
                .sum();
        for (DemoProject project : DemoProjects.ALL) {
            double share = project.mentorPositions() / positions;
            List<UUID> employers = new ArrayList<>();
            for (int i = 0; i < Math.round(EMPLOYERS * share); i++) {
                employers.add(employer(project));
            }
            for (int i = 0; i < Math.round(MENTEES * share); i++) {
                mentee(project, employers);
            }
        }
    }

    private UUID employer(DemoProject project) {
        UUID id = nextId();
        String[] kind = pick(EMPLOYER_KINDS);
        String name = kind[0] + " " + pick(EMPLOYER_NAMES) + " " + pick(LEGAL_FORMS);
        String size = pick(new String[] {"micro", "small", "small", "small", "medium", "medium", "large"});
        String contact = pick(new String[] {"Petra", "Jens", "Sabine", "Uwe", "Kerstin", "Frank", "Anja", "Ralf"}) + " "
                + pick(new String[] {"Lange", "Krause", "Richter", "Wolf", "Schulze", "Böhme", "Seidel", "Franke"});
        employerRows.add(new EmployerRow(
                id,
                project.id(),
                name,
                kind[1],
                size,
                project.districts().getFirst(),
                contact,
                "+49 " + (300 + random.nextInt(700)) + " 555 " + (1000 + random.nextInt(9000)),
                "kontakt" + (employerRows.size() + 1) + "@arbeitgeber-demo.example",
                null));
        return id;
    }

    private void mentee(DemoProject project, List<UUID> employers) {
        UUID id = nextId();
        double g = random.nextDouble();
        String gender = g < 0.35 ? "female" : g < 0.97 ? "male" : g < 0.98 ? "diverse" : "not_stated";
        String firstName = gender.equals("female") ? pick(FEMALE_NAMES) : pick(MALE_NAMES);
        String lastName = pick(LAST_NAMES);
        int year =
                Math.max(1960, Math.min(2006, 1999 - (int) Math.abs(random.nextGaussian() * 11) + random.nextInt(5)));
        LocalDate birthDate =
                random.nextDouble() < 0.7 ? LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)) : null;
        String nationality = pick(NATIONALITIES);
        String residence = switch (nationality) {
            case "UA" -> "humanitarian";
            case "SY", "ER" -> random.nextDouble() < 0.8 ? "humanitarian" : "settlement_permit";
            case "AF", "IQ", "SO" -> pick(new String[] {"asylum_seeker", "tolerated", "humanitarian", "humanitarian"});
            case "XX" -> "other_unknown";
            default -> pick(new String[] {"asylum_seeker", "other_permit", "humanitarian", "settlement_permit"});
        };
        double q = random.nextDouble();
        String qualification = q < 0.45
                ? "none"
                : q < 0.70
                        ? "vocational_abroad"
                        : q < 0.90 ? "academic_abroad" : q < 0.95 ? "german_vocational" : "german_academic";
        String recognition = qualification.endsWith("abroad")
                ? pick(new String[] {"not_started", "in_progress", "partial", "full", "rejected", "not_started"})
                : "not_applicable";
        String german = pick(new String[] {"none", "a1", "a2", "a2", "b1", "b1", "b1", "b2", "b2", "c1"});
        String district = random.nextDouble() < 0.92
                ? project.districts().getFirst()
                : pick(DemoProjects.ALL.toArray(DemoProject[]::new)).districts().getFirst();
        String source = pick(new String[] {
            "jobcenter",
            "jobcenter",
            "jobcenter",
            "jobcenter",
            "self",
            "self",
            "migration_counselling",
            "migration_counselling",
            "employment_agency",
            "immigration_office",
            "employer",
            "other"
        });

        // the first case starts between January 2020 and a week ago, more of them in later years
        long span = ChronoUnit.DAYS.between(PROGRAMME_START, today.minusDays(7));
        LocalDate start = PROGRAMME_START.plusDays((long) (span * Math.sqrt(random.nextDouble())));
        List<String> languages =
                random.nextBoolean() ? List.of(languageOf(nationality), "en") : List.of(languageOf(nationality));
        List<String> scopes = random.nextDouble() < 0.6
                ? List.of("counselling", "jobcenter", "employers", "referral")
                : List.of("counselling", "jobcenter");
        menteeRows.add(new MenteeRow(
                id,
                project.id(),
                pseudonym(),
                firstName,
                lastName,
                birthDate,
                "+49 1" + (50 + random.nextInt(30)) + " 555" + (1000 + random.nextInt(9000)),
                random.nextDouble() < 0.6
                        ? ascii(firstName) + "." + ascii(lastName) + (menteeRows.size() + 1) + "@example.org"
                        : null,
                languages,
                null,
                gender,
                year,
                nationality,
                residence,
                qualification,
                recognition,
                german,
                district,
                source,
                start,
                scopes,
                start.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant()));

        List<UUID> mentors = mentorsByProject.get(project.id());
        int cases = random.nextDouble() < 0.15 ? 2 : 1;
        boolean placedAlready = false;
        for (int c = 0; c < cases && start.isBefore(today.minusDays(6)); c++) {
            UUID lead = mentors.get(random.nextInt(mentors.size()));
            boolean willBePlaced = !placedAlready && random.nextDouble() < 0.62;
            LocalDate end = start.plusDays(90 + random.nextInt(600));
            boolean open = end.isAfter(today);
            String reason = null;
            if (!open) {
                reason = willBePlaced
                        ? (random.nextDouble() < 0.8 ? "placed_stable" : "other")
                        : pick(new String[] {"moved_away", "unreachable", "no_longer_wanted", "other", "unreachable"});
            }
            caseRows.add(new CaseRow(nextId(), project.id(), id, lead, start, open ? null : end, reason));
            LocalDate last = open ? today : end;
            contacts(project, id, lead, start, last, employers);
            if (willBePlaced) {
                LocalDate placementStart = start.plusDays(30
                        + random.nextInt((int) Math.max(31, ChronoUnit.DAYS.between(start, last) - 10)));
                if (!placementStart.isAfter(today.plusDays(20))) {
                    placement(project, id, employers, placementStart);
                    placedAlready = true;
                }
            }
            if (random.nextDouble() < 0.3) {
                String[] referral = pick(REFERRALS);
                LocalDate on = start.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(start, last))));
                referralRows.add(new ReferralRow(nextId(), project.id(), id, on, referral[0], referral[1], null));
            }
            start = last.plusDays(60 + random.nextInt(400));
        }
    }

    private void contacts(
            DemoProject project, UUID mentee, UUID mentor, LocalDate from, LocalDate to, List<UUID> employers) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        int count = 3 + (int) Math.min(20, days / 30) + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate on = from.plusDays(random.nextInt((int) days + 1));
            if (on.isAfter(today)) {
                continue;
            }
            UUID employer = random.nextDouble() < 0.25 ? employers.get(random.nextInt(employers.size())) : null;
            java.util.Set<String> topicSet = new java.util.LinkedHashSet<>();
            topicSet.add(pick(MENTEE_TOPICS));
            if (employer != null) {
                topicSet.add("employer_advice");
            }
            if (random.nextBoolean()) {
                topicSet.add(pick(MENTEE_TOPICS));
            }
            activityRows.add(new ActivityRow(
                    nextId(),
                    project.id(),
                    mentee,
                    employer,
                    null,
                    mentor,
                    on,
                    15 * (1 + random.nextInt(8)),
                    pick(CHANNELS),
                    List.copyOf(topicSet),
                    pick(NOTES)));
        }
    }

    private void placement(DemoProject project, UUID mentee, List<UUID> employers, LocalDate start) {
        UUID id = nextId();
        double t = random.nextDouble();
        String type = t < 0.55
                ? "employment"
                : t < 0.80
                        ? "vocational_training"
                        : t < 0.84
                                ? "self_employment"
                                : t < 0.92 ? "marginal_employment" : t < 0.96 ? "entry_qualification" : "internship";
        UUID employer = type.equals("self_employment") ? null : employers.get(random.nextInt(employers.size()));
        LocalDate end = null;
        String endReason = null;
        if (random.nextDouble() < 0.28) {
            LocalDate candidate = start.plusDays(30 + random.nextInt(500));
            if (candidate.isBefore(today)) {
                end = candidate;
                endReason = pick(new String[] {
                    "contract_ended",
                    "resigned",
                    "dismissed",
                    "other",
                    type.equals("vocational_training") ? "training_aborted" : "contract_ended"
                });
            }
        }
        BigDecimal hours = type.equals("marginal_employment")
                ? BigDecimal.valueOf(8 + random.nextInt(10))
                : BigDecimal.valueOf(pick(new Integer[] {20, 25, 30, 35, 38, 39, 40, 40}));
        placementRows.add(new PlacementRow(
                id, project.id(), mentee, employer, type, start, end, endReason, hours, pick(OCCUPATIONS)));
        for (int months : new int[] {3, 6, 12}) {
            LocalDate due = start.plusMonths(months);
            LocalDate checked = null;
            String result = null;
            boolean pastDue = due.isBefore(today.minusDays(21)) || (due.isBefore(today) && random.nextDouble() < 0.5);
            if (pastDue) {
                checked = due.plusDays(random.nextInt(14));
                if (checked.isAfter(today)) {
                    checked = today;
                }
                result = end != null && end.isBefore(due)
                        ? "left"
                        : random.nextDouble() < 0.88 ? "still_there" : "not_reachable";
            }
            followUpRows.add(new FollowUpRow(nextId(), project.id(), id, mentee, months, due, checked, result, null));
        }
    }

    private static String languageOf(String nationality) {
        return switch (nationality) {
            case "SY", "IQ", "EG", "LB", "MA", "SO" -> "ar";
            case "UA" -> "uk";
            case "AF", "IR" -> "fa";
            case "ER" -> "ti";
            case "TR" -> "tr";
            case "RU", "GE" -> "ru";
            case "VE" -> "es";
            case "VN" -> "vi";
            case "PK", "IN" -> "ur";
            default -> "en";
        };
    }

    private String pseudonym() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder("TN-");
        long n = menteeRows.size() * 7_919L + 104_729L;
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        }
        return code.toString();
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z-]", "");
    }

    private UUID nextId() {
        ids++;
        return new UUID(0x0d3e000000004000L | (random.nextLong() & 0x0000ffffffff0fffL), 0x8000000000000000L | ids);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
