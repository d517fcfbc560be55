package de.amm.casedesk.testing;

import de.amm.casedesk.bulk.CaseRecordWriter;
import de.amm.casedesk.bulk.Rows.ActivityRow;
import de.amm.casedesk.bulk.Rows.CaseRow;
import de.amm.casedesk.bulk.Rows.EmployerRow;
import de.amm.casedesk.bulk.Rows.FollowUpRow;
import de.amm.casedesk.bulk.Rows.MenteeRow;
import de.amm.casedesk.bulk.Rows.PlacementRow;
import de.amm.casedesk.bulk.Rows.ReferralRow;
import de.amm.casedesk.common.api.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Small builders of case records for tests, each written through the application's bulk writer (the same one
 * the demo data and the benchmark use) in a transaction of its own; the statistics' triggers run as for any
 * write. Every builder starts from plausible defaults and fresh ids:
 *
 * <pre>
 *   UUID mentee = records.mentee(project).named("Amal", "Test").gender("female").district("14713").create();
 *   records.caseOf(mentee).in(project).ledBy(mentor).from(start).until(end).create();
 * </pre>
 */
@ApplicationScoped
public class Records {

    private final EntityManager em;

    public Records(EntityManager em) {
        this.em = em;
    }

    /** Writes in a transaction of its own. */
    public void write(Consumer<CaseRecordWriter> work) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.unwrap(Session.class).doWork(connection -> work.accept(new CaseRecordWriter(connection))));
    }

    public MenteeBuilder mentee(UUID project) {
        return new MenteeBuilder(project);
    }

    public EmployerBuilder employer(UUID project) {
        return new EmployerBuilder(project);
    }

    public CaseBuilder caseOf(UUID mentee) {
        return new CaseBuilder(mentee);
    }

    public ActivityBuilder activity(UUID project) {
        return new ActivityBuilder(project);
    }

    public PlacementBuilder placementOf(UUID mentee) {
        return new PlacementBuilder(mentee);
    }

    public ReferralBuilder referralOf(UUID mentee) {
        return new ReferralBuilder(mentee);
    }

    /** A mentee registered by a project: female, born 1990, Syrian, living in Leipzig, unless changed. */
    public final class MenteeBuilder {
        private final UUID id = Ids.newId();
        private final UUID project;
        private String firstName = "Test";
        private String lastName = "Mentee " + UUID.randomUUID().toString().substring(0, 6);
        private String gender = "female";
        private String district = "14713";
        private String qualification;
        private Integer yearOfBirth = 1990;
        private String nationality = "SY";
        private String notes = "private note";
        private List<String> consent = List.of("counselling", "jobcenter", "employers", "referral", "transfer");
        private LocalDate consentGivenOn = TestClock.today().minusYears(1);
        private Instant registeredAt = TestClock.now();

        private MenteeBuilder(UUID project) {
            this.project = project;
        }

        public MenteeBuilder named(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            return this;
        }

        public MenteeBuilder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public MenteeBuilder district(String district) {
            this.district = district;
            return this;
        }

        public MenteeBuilder qualification(String qualification) {
            this.qualification = qualification;
            return this;
        }

        public MenteeBuilder bornIn(Integer year) {
            this.yearOfBirth = year;
            return this;
        }

        public MenteeBuilder nationality(String nationality) {
            this.nationality = nationality;
            return this;
        }

        /** Consent to these scopes only (by default to every scope, a year ago). */
        public MenteeBuilder consentingTo(String... scopes) {
            this.consent = List.of(scopes);
            this.consentGivenOn = scopes.length == 0 ? null : consentGivenOn;
            return this;
        }

        /** Registered at this moment (by default now, on the test clock). */
        public MenteeBuilder registeredAt(Instant at) {
            this.registeredAt = at;
            return this;
        }

        public UUID create() {
            MenteeRow row = new MenteeRow(
                    id,
                    project,
                    "TN-" + id.toString().substring(27).toUpperCase(),
                    firstName,
                    lastName,
                    null,
                    null,
                    null,
                    List.of(),
                    notes,
                    gender,
                    yearOfBirth,
                    nationality,
                    null,
                    qualification,
                    null,
                    null,
                    district,
                    null,
                    consentGivenOn,
                    consent,
                    registeredAt);
            write(writer -> writer.mentees(List.of(row)));
            return id;
        }
    }

    /** An employer of a project: a small care service in Leipzig (sector Q), unless changed. */
    public final class EmployerBuilder {
        private final UUID id = Ids.newId();
        private final UUID project;
        private String name = "Pflegedienst " + id.toString().substring(30);
        private String sector = "Q";
        private String district = "14713";

        private EmployerBuilder(UUID project) {
            this.project = project;
        }

        public EmployerBuilder named(String name) {
            this.name = name;
            return this;
        }

        public EmployerBuilder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public EmployerBuilder district(String district) {
            this.district = district;
            return this;
        }

        public UUID create() {
            EmployerRow row = new EmployerRow(id, project, name, sector, "small", district, null, null, null, null);
            write(writer -> writer.employers(List.of(row)));
            return id;
        }
    }

    /** A case of a mentee: open unless it has an end (then closed for reason "other"). */
    public final class CaseBuilder {
        private final UUID id = Ids.newId();
        private final UUID mentee;
        private UUID project;
        private UUID lead;
        private LocalDate startedOn = TestClock.today().minusMonths(1);
        private LocalDate endedOn;

        private CaseBuilder(UUID mentee) {
            this.mentee = mentee;
        }

        public CaseBuilder in(UUID project) {
            this.project = project;
            return this;
        }

        public CaseBuilder ledBy(UUID person) {
            this.lead = person;
            return this;
        }

        public CaseBuilder from(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public CaseBuilder until(LocalDate endedOn) {
            this.endedOn = endedOn;
            return this;
        }

        public UUID create() {
            CaseRow row = new CaseRow(id, project, mentee, lead, startedOn, endedOn, endedOn == null ? null : "other");
            write(writer -> writer.cases(List.of(row)));
            return id;
        }
    }

    /** An activity of a project: 30 minutes on the phone about the job search, with a private note. */
    public final class ActivityBuilder {
        private final UUID id = Ids.newId();
        private final UUID project;
        private UUID mentee;
        private UUID employer;
        private LocalDate on = TestClock.today();
        private List<String> topics = List.of("job_search");

        private ActivityBuilder(UUID project) {
            this.project = project;
        }

        public ActivityBuilder with(UUID mentee) {
            this.mentee = mentee;
            return this;
        }

        public ActivityBuilder withEmployer(UUID employer) {
            this.employer = employer;
            return this;
        }

        public ActivityBuilder on(LocalDate on) {
            this.on = on;
            return this;
        }

        public ActivityBuilder topics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        /** An activity with no topic recorded. */
        public ActivityBuilder withoutTopics() {
            this.topics = List.of();
            return this;
        }

        public UUID create() {
            ActivityRow row = new ActivityRow(
                    id, project, mentee, employer, null, null, on, 30, "phone", topics, "talked about the job");
            write(writer -> writer.activities(List.of(row)));
            return id;
        }
    }

    /**
     * A placement of a mentee: employment subject to social insurance, 39 hours, with its open 3-, 6- and
     * 12-month follow-ups unless {@link #withoutFollowUps()}.
     */
    public final class PlacementBuilder {
        private final UUID id = Ids.newId();
        private final UUID mentee;
        private UUID project;
        private UUID employer;
        private String type = "employment";
        private LocalDate startedOn = TestClock.today().minusMonths(1);
        private LocalDate endedOn;
        private boolean followUps = true;

        private PlacementBuilder(UUID mentee) {
            this.mentee = mentee;
        }

        public PlacementBuilder in(UUID project) {
            this.project = project;
            return this;
        }

        public PlacementBuilder at(UUID employer) {
            this.employer = employer;
            return this;
        }

        public PlacementBuilder type(String type) {
            this.type = type;
            return this;
        }

        public PlacementBuilder from(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public PlacementBuilder until(LocalDate endedOn) {
            this.endedOn = endedOn;
            return this;
        }

        public PlacementBuilder withoutFollowUps() {
            this.followUps = false;
            return this;
        }

        public UUID create() {
            PlacementRow row = new PlacementRow(
                    id,
                    project,
                    mentee,
                    type.equals("self_employment") ? null : employer,
                    type,
                    startedOn,
                    endedOn,
                    endedOn == null ? null : "resigned",
                    BigDecimal.valueOf(39),
                    "Pflegehelferin");
            List<FollowUpRow> due = new ArrayList<>();
            if (followUps) {
                for (int months : new int[] {3, 6, 12}) {
                    due.add(new FollowUpRow(
                            Ids.newId(), project, id, mentee, months, startedOn.plusMonths(months), null, null, null));
                }
            }
            write(writer -> {
                writer.placements(List.of(row));
                writer.followUps(due);
            });
            return id;
        }
    }

    /** A follow-up of a placement, recorded with a result on its due day (or open). */
    public void followUp(UUID project, UUID placement, UUID mentee, int months, LocalDate dueOn, String result) {
        FollowUpRow row = new FollowUpRow(
                Ids.newId(), project, placement, mentee, months, dueOn, result == null ? null : dueOn, result, null);
        write(writer -> writer.followUps(List.of(row)));
    }

    /**
     * A placement (employment, started three months before {@code dueOn}) whose only follow-up is the open
     * 3-month one, due on the given day.
     */
    public UUID placementWithFollowUpDue(UUID project, UUID mentee, UUID employer, LocalDate dueOn) {
        UUID placement = placementOf(mentee)
                .in(project)
                .at(employer)
                .from(dueOn.minusMonths(3))
                .withoutFollowUps()
                .create();
        followUp(project, placement, mentee, 3, dueOn, null);
        return placement;
    }

    /** A referral to the migration counselling, today, with a private note. */
    public final class ReferralBuilder {
        private final UUID id = Ids.newId();
        private final UUID mentee;
        private UUID project;
        private LocalDate on = TestClock.today();

        private ReferralBuilder(UUID mentee) {
            this.mentee = mentee;
        }

        public ReferralBuilder in(UUID project) {
            this.project = project;
            return this;
        }

        public ReferralBuilder on(LocalDate on) {
            this.on = on;
            return this;
        }

        public UUID create() {
            ReferralRow row =
                    new ReferralRow(id, project, mentee, on, "Migrationsberatung", "Wohnungssuche", "private note");
            write(writer -> writer.referrals(List.of(row)));
            return id;
        }
    }
}
