package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds case records for the statistics tests on an emptied database: the key results count everything
 * there is, so these tests start from nothing. Records go in through plain inserts, and the statistics'
 * triggers keep the fact tables in step, as they do for the application.
 */
@ApplicationScoped
public class StatisticsData {

    private final EntityManager em;

    public StatisticsData(EntityManager em) {
        this.em = em;
    }

    /** Removes every case record (mentees, employers and all that hangs on them) and the fact tables. */
    public void empty() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "truncate mentee, employer, case_file, activity, placement, follow_up, referral, mentee_project,"
                                        + " stat_episode, stat_placement, stat_employer_day, stat_topic_day, stat_topic_month, stat_cell,"
                                        + " stat_gap_cell, stat_attribute_cell, stat_attribute_gap_cell cascade")
                        .executeUpdate());
    }

    public UUID mentee(UUID project, String gender) {
        return mentee(project, gender, "14713", "vocational_abroad", 1990);
    }

    public UUID mentee(UUID project, String gender, String district, String qualification, int yearOfBirth) {
        UUID id = Ids.newId();
        run(
                "insert into mentee (id, project_id, pseudonym, first_name, last_name, gender, district_ags, qualification,"
                        + " year_of_birth, nationality) values (?1, ?2, ?3, 'Test', 'Mentee', ?4, ?5, ?6, ?7, 'SY')",
                id,
                project,
                "TN-" + id.toString().substring(28).toUpperCase(),
                gender,
                district,
                qualification,
                (short) yearOfBirth);
        run("insert into mentee_project (mentee_id, project_id) values (?1, ?2)", id, project);
        return id;
    }

    public UUID caseFile(UUID project, UUID mentee, UUID lead, String startedOn, String endedOn) {
        UUID id = Ids.newId();
        run(
                "insert into mentee_project (mentee_id, project_id) values (?1, ?2) on conflict do nothing",
                mentee,
                project);
        run(
                "insert into case_file (id, project_id, mentee_id, lead_mentor_id, started_on, ended_on, closing_reason)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                id,
                project,
                mentee,
                lead,
                LocalDate.parse(startedOn),
                endedOn == null ? null : LocalDate.parse(endedOn),
                endedOn == null ? null : "other");
        return id;
    }

    public UUID placement(UUID project, UUID mentee, UUID employer, String type, String startedOn, String endedOn) {
        UUID id = Ids.newId();
        run(
                "insert into placement (id, project_id, mentee_id, employer_id, type, started_on, ended_on, end_reason)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                id,
                project,
                mentee,
                type.equals("self_employment") ? null : employer,
                type,
                LocalDate.parse(startedOn),
                endedOn == null ? null : LocalDate.parse(endedOn),
                endedOn == null ? null : "resigned");
        return id;
    }

    public UUID employer(UUID project, String district) {
        UUID id = Ids.newId();
        run(
                "insert into employer (id, project_id, name, sector, district_ags) values (?1, ?2, 'Betrieb', 'C', ?3)",
                id,
                project,
                district);
        return id;
    }

    public void contact(UUID project, UUID mentee, UUID employer, String on, String... topics) {
        run(
                "insert into activity (id, project_id, mentee_id, employer_id, occurred_on, duration_minutes, channel, topics)"
                        + " values (?1, ?2, ?3, ?4, ?5, 30, 'phone', ?6)",
                Ids.newId(),
                project,
                mentee,
                employer,
                LocalDate.parse(on),
                topics);
    }

    public void followUp(UUID project, UUID placement, UUID mentee, int months, String dueOn, String result) {
        run(
                "insert into follow_up (id, project_id, placement_id, mentee_id, months, due_on, checked_on, result)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                Ids.newId(),
                project,
                placement,
                mentee,
                (short) months,
                LocalDate.parse(dueOn),
                result == null ? null : LocalDate.parse(dueOn),
                result);
    }

    /** Runs a statement (for the bulk datasets). */
    public void sql(String statement) {
        run(statement);
    }

    private void run(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
