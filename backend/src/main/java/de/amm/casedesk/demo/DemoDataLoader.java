package de.amm.casedesk.demo;

import de.amm.casedesk.demo.DemoAccounts.DemoAccount;
import de.amm.casedesk.demo.DemoProjects.DemoProject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
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

    private final DataSource dataSource;
    private final boolean enabled;

    public DemoDataLoader(DataSource dataSource, @ConfigProperty(name = "amm.demo-data.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (alreadyLoaded(connection)) {
                LOG.info("Demo data present already; nothing loaded");
                return;
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (var statement = connection.createStatement()) {
                // the statistics' fact tables are built once at the end, not row by row
                statement.execute("set local amm.statistics_deferred = 'on'");
            }
            insertProjects(connection);
            Map<UUID, List<UUID>> mentors = insertStaff(connection);
            DemoCaseRecords records = new DemoCaseRecords(LocalDate.now(), mentors);
            records.insert(connection);
            try (var statement = connection.createStatement()) {
                statement.execute("select stat_rebuild()");
            }
            connection.commit();
            LOG.infof(
                    "Demo data loaded in %d ms: 14 projects, 76 staff, %s",
                    (System.nanoTime() - started) / 1_000_000, records.summary());
        }
    }

    private static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from project");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    private static void insertProjects(Connection connection) throws SQLException {
        try (PreparedStatement project = connection.prepareStatement(
                        "insert into project (id, name, carrier, street, postal_code, city, phone, email, website,"
                                + " office_hours, languages, latitude, longitude, mentor_positions, yearly_funding)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement district = connection.prepareStatement(
                        "insert into project_district (project_id, district_ags) values (?, ?)")) {
            for (DemoProject p : DemoProjects.ALL) {
                project.setObject(1, p.id());
                project.setString(2, p.name());
                project.setString(3, p.carrier());
                project.setString(4, p.street());
                project.setString(5, p.postalCode());
                project.setString(6, p.city());
                project.setString(7, p.phone());
                project.setString(8, p.slug() + "@amm-demo.example");
                project.setString(9, "https://" + p.slug() + ".amm-demo.example");
                project.setString(10, p.officeHours());
                project.setArray(
                        11, connection.createArrayOf("varchar", p.languages().toArray()));
                project.setBigDecimal(12, BigDecimal.valueOf(p.latitude()));
                project.setBigDecimal(13, BigDecimal.valueOf(p.longitude()));
                project.setBigDecimal(14, BigDecimal.valueOf(p.mentorPositions()));
                project.setBigDecimal(15, BigDecimal.valueOf(p.yearlyFunding()));
                project.addBatch();
                for (String ags : p.districts()) {
                    district.setObject(1, p.id());
                    district.setString(2, ags);
                    district.addBatch();
                }
            }
            project.executeBatch();
            district.executeBatch();
        }
    }

    /** Inserts the staff; returns the people who work on cases (mentors and leads) by project. */
    private static Map<UUID, List<UUID>> insertStaff(Connection connection) throws SQLException {
        Map<UUID, List<UUID>> mentors = new HashMap<>();
        Random random = new Random(SEED);
        try (PreparedStatement person = connection.prepareStatement(
                        "insert into person (id, keycloak_user_id, display_name, email) values (?, ?, ?, ?)");
                PreparedStatement membership = connection.prepareStatement(
                        "insert into project_membership (id, project_id, person_id, role, started_on)"
                                + " values (?, ?, ?, ?, ?)")) {
            int personNo = 0;
            for (DemoAccount account : DemoAccounts.ALL) {
                UUID personId = personId(++personNo);
                addPerson(person, personId, account.keycloakUserId(), account.name(), account.username());
                addMembership(
                        membership,
                        personNo,
                        account.projectId(),
                        personId,
                        account.projectRole(),
                        LocalDate.of(2020, 1, 1));
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
                boolean hasLead =
                        accounts.stream().anyMatch(a -> a.projectRole().equals("project_lead"));
                for (int i = accounts.size(); i < TEAM_SIZES[p]; i++) {
                    UUID personId = personId(++personNo);
                    String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                            + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                    String role = !hasLead && i == accounts.size() ? "project_lead" : "mentor";
                    LocalDate since = LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1);
                    addPerson(person, personId, null, name, project.slug() + "." + personNo);
                    addMembership(membership, personNo, project.id(), personId, role, since);
                    mentors.computeIfAbsent(project.id(), k -> new ArrayList<>())
                            .add(personId);
                }
            }
            person.executeBatch();
            membership.executeBatch();
        }
        return mentors;
    }

    private static void addPerson(PreparedStatement person, UUID id, String keycloakUserId, String name, String mailbox)
            throws SQLException {
        person.setObject(1, id);
        person.setString(2, keycloakUserId);
        person.setString(3, name);
        person.setString(4, mailbox.startsWith("service-account-") ? null : mailbox + "@amm-demo.example");
        person.addBatch();
    }

    private static void addMembership(
            PreparedStatement membership, int no, UUID projectId, UUID personId, String role, LocalDate since)
            throws SQLException {
        membership.setObject(1, UUID.fromString("c0000000-0000-4000-8000-%012d".formatted(no)));
        membership.setObject(2, projectId);
        membership.setObject(3, personId);
        membership.setString(4, role);
        membership.setDate(5, Date.valueOf(since));
        membership.addBatch();
    }

    static UUID personId(int n) {
        return UUID.fromString("b0000000-0000-4000-8000-%012d".formatted(n));
    }
}
