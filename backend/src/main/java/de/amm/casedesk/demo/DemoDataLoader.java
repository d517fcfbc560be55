package de.amm.casedesk.demo;

import de.amm.casedesk.bulk.BulkLoadRepository;
import de.amm.casedesk.bulk.Rows.MembershipRow;
import de.amm.casedesk.bulk.Rows.PersonRow;
import de.amm.casedesk.bulk.Rows.ProjectRow;
import de.amm.casedesk.demo.DemoAccounts.DemoAccount;
import de.amm.casedesk.demo.DemoProjects.DemoProject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads a realistic demo programme into an empty database when {@code amm.demo-data.enabled} is true
 * (scripts/start switches it on; it is off by default and in production). Deterministic: a fixed seed
 * gives the same records on every machine.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final long SEED = 20161101L;

    private static final String[] FIRST_NAMES = {
        "Anna", "Jonas", "Miriam", "Tobias", "Sarah", "Amina", "Oleksandr", "Julia", "Ahmad", "Franziska",
        "Mehmet", "Claudia", "Nadia", "Stefan", "Olga", "Karim", "Susanne", "Daniel", "Leyla", "Martin"
    };
    private static final String[] LAST_NAMES = {
        "Müller", "Schmidt", "Haddad", "Kovalenko", "Fischer", "Wagner", "Rahimi", "Becker", "Schulz", "Nowak",
        "Lehmann", "Yilmaz", "Krause", "Petrenko", "Neumann", "Hussein", "Zimmermann", "Vogel", "Said", "Lange"
    };
    /** Team sizes (people, including the lead) in the order of {@link DemoProjects#ALL}: 76 in all. */
    private static final int[] TEAM_SIZES = {7, 5, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5};

    private final BulkLoadRepository bulk;
    private final boolean enabled;
    private final Clock clock;

    public DemoDataLoader(
            BulkLoadRepository bulk, @ConfigProperty(name = "amm.demo-data.enabled") boolean enabled, Clock clock) {
        this.bulk = bulk;
        this.enabled = enabled;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (bulk.anyProject()) {
            LOG.info("Demo data present already; nothing loaded");
            return;
        }
        long started = System.nanoTime();
        DemoCaseRecords[] records = new DemoCaseRecords[1];
        bulk.load(writer -> {
            writer.projects(projects());
            List<PersonRow> persons = new ArrayList<>();
            List<MembershipRow> memberships = new ArrayList<>();
            Map<UUID, List<UUID>> mentors = staff(persons, memberships);
            writer.persons(persons);
            writer.memberships(memberships);
            records[0] = new DemoCaseRecords(LocalDate.now(clock), mentors);
            records[0].write(writer);
        });
        LOG.infof(
                "Demo data loaded in %d ms: 14 projects, 76 staff, %s",
                (System.nanoTime() - started) / 1_000_000, records[0].summary());
    }

    private static List<ProjectRow> projects() {
        return DemoProjects.ALL.stream()
                .map(p -> new ProjectRow(
                        p.id(),
                        p.name(),
                        p.carrier(),
                        p.street(),
                        p.postalCode(),
                        p.city(),
                        p.phone(),
                        p.slug() + "@amm-demo.example",
                        "https://" + p.slug() + ".amm-demo.example",
                        p.officeHours(),
                        p.languages(),
                        BigDecimal.valueOf(p.latitude()),
                        BigDecimal.valueOf(p.longitude()),
                        BigDecimal.valueOf(p.mentorPositions()),
                        BigDecimal.valueOf(p.yearlyFunding()),
                        p.districts()))
                .toList();
    }

    /** The staff's rows; returns the people who work on cases (mentors and leads) by project. */
    private static Map<UUID, List<UUID>> staff(List<PersonRow> persons, List<MembershipRow> memberships) {
        Map<UUID, List<UUID>> mentors = new HashMap<>();
        Random random = new Random(SEED);
        int personNo = 0;
        for (DemoAccount account : DemoAccounts.ALL) {
            UUID personId = personId(++personNo);
            persons.add(person(personId, account.keycloakUserId(), account.name(), account.username()));
            memberships.add(membership(
                    personNo, account.projectId(), personId, account.projectRole(), LocalDate.of(2020, 1, 1)));
            if (!account.projectRole().equals("integration")) {
                mentors.computeIfAbsent(account.projectId(), k -> new ArrayList<>())
                        .add(personId);
            }
        }
        for (int p = 0; p < DemoProjects.ALL.size(); p++) {
            DemoProject project = DemoProjects.ALL.get(p);
            List<DemoAccount> accounts = DemoAccounts.ALL.stream()
                    .filter(a -> a.projectId().equals(project.id())
                            && !a.projectRole().equals("integration"))
                    .toList();
            boolean hasLead = accounts.stream().anyMatch(a -> a.projectRole().equals("project_lead"));
            for (int i = accounts.size(); i < TEAM_SIZES[p]; i++) {
                UUID personId = personId(++personNo);
                String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                String role = !hasLead && i == accounts.size() ? "project_lead" : "mentor";
                LocalDate since = LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1);
                persons.add(person(personId, null, name, project.slug() + "." + personNo));
                memberships.add(membership(personNo, project.id(), personId, role, since));
                mentors.computeIfAbsent(project.id(), k -> new ArrayList<>()).add(personId);
            }
        }
        return mentors;
    }

    private static PersonRow person(UUID id, String keycloakUserId, String name, String mailbox) {
        return new PersonRow(
                id,
                keycloakUserId,
                name,
                mailbox.startsWith("service-account-") ? null : mailbox + "@amm-demo.example");
    }

    private static MembershipRow membership(int no, UUID projectId, UUID personId, String role, LocalDate since) {
        return new MembershipRow(
                UUID.fromString("c0000000-0000-4000-8000-%012d".formatted(no)), projectId, personId, role, since);
    }

    static UUID personId(int n) {
        return UUID.fromString("b0000000-0000-4000-8000-%012d".formatted(n));
    }
}
