package de.amm.casedesk.testing;

import de.amm.casedesk.common.api.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds test records straight in the database, each with fresh ids and names, so that test classes
 * need no cleanup and never see each other's data.
 */
@ApplicationScoped
public class Fixtures {

    private final EntityManager em;

    public Fixtures(EntityManager em) {
        this.em = em;
    }

    /** A project serving the given districts (Leipzig when none). */
    public UUID project(String... districts) {
        UUID id = Ids.newId();
        String name = "Testprojekt " + id.toString().substring(24);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into project (id, name, carrier, street, postal_code, city, email, latitude,"
                            + " longitude) values (?1, ?2, 'Testträger e.V.', 'Teststraße 1', '04109', 'Leipzig',"
                            + " 'test@amm-demo.example', ?3, ?4)")
                    .setParameter(1, id)
                    .setParameter(2, name)
                    .setParameter(3, new BigDecimal("51.34"))
                    .setParameter(4, new BigDecimal("12.37"))
                    .executeUpdate();
            for (String ags : districts.length == 0 ? new String[] {"14713"} : districts) {
                em.createNativeQuery("insert into project_district (project_id, district_ags) values (?1, ?2)")
                        .setParameter(1, id)
                        .setParameter(2, ags)
                        .executeUpdate();
            }
        });
        return id;
    }

    /** A person with a login account (a fresh Keycloak user id) working in the project in the role. */
    public Staff staff(UUID projectId, String role) {
        return staffWithAccount(UUID.randomUUID().toString(), projectId, role);
    }

    public Staff staffWithAccount(String keycloakUserId, UUID projectId, String role) {
        UUID personId = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            "insert into person (id, keycloak_user_id, display_name, email) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, personId)
                    .setParameter(2, keycloakUserId)
                    .setParameter(3, "Test Person " + personId.toString().substring(24))
                    .setParameter(4, "p" + personId.toString().substring(24) + "@amm-test.example")
                    .executeUpdate();
            addMembership(projectId, personId, role);
        });
        return new Staff(personId, keycloakUserId, role);
    }

    /** Adds another project to an existing person. */
    public void alsoWorksIn(Staff staff, UUID projectId, String role) {
        QuarkusTransaction.requiringNew().run(() -> addMembership(projectId, staff.personId(), role));
    }

    private void addMembership(UUID projectId, UUID personId, String role) {
        em.createNativeQuery("insert into project_membership (id, project_id, person_id, role, started_on)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Ids.newId())
                .setParameter(2, projectId)
                .setParameter(3, personId)
                .setParameter(4, role)
                .setParameter(5, LocalDate.now().minusYears(1))
                .executeUpdate();
    }

    /** A mentee registered by the project (female, born 1990, living in Leipzig unless changed). */
    public UUID mentee(UUID projectId) {
        return mentee(
                projectId, "Test", "Mentee " + UUID.randomUUID().toString().substring(0, 6), "female", "14713");
    }

    public UUID mentee(UUID projectId, String firstName, String lastName, String gender, String district) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into mentee (id, project_id, pseudonym, first_name, last_name, gender,"
                            + " year_of_birth, nationality, district_ags, notes) values (?1, ?2, ?3, ?4, ?5, ?6, 1990,"
                            + " 'SY', ?7, 'private note')")
                    .setParameter(1, id)
                    .setParameter(2, projectId)
                    .setParameter(3, "TN-" + id.toString().substring(30).toUpperCase())
                    .setParameter(4, firstName)
                    .setParameter(5, lastName)
                    .setParameter(6, gender)
                    .setParameter(7, district)
                    .executeUpdate();
            linkMentee(id, projectId);
        });
        return id;
    }

    /** Makes a mentee visible to a further project, as a case there would. */
    public void menteeAlsoIn(UUID menteeId, UUID projectId) {
        QuarkusTransaction.requiringNew().run(() -> linkMentee(menteeId, projectId));
    }

    private void linkMentee(UUID menteeId, UUID projectId) {
        em.createNativeQuery(
                        "insert into mentee_project (mentee_id, project_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, menteeId)
                .setParameter(2, projectId)
                .executeUpdate();
    }

    public UUID employer(UUID projectId) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into employer (id, project_id, name,"
                                + " sector, size_class, district_ags) values (?1, ?2, ?3, 'Q', 'small', '14713')")
                        .setParameter(1, id)
                        .setParameter(2, projectId)
                        .setParameter(3, "Pflegedienst " + id.toString().substring(30))
                        .executeUpdate());
        return id;
    }

    /** A case of the mentee in the project; open when {@code endedOn} is null. */
    public UUID caseFile(UUID projectId, UUID menteeId, UUID leadPersonId, LocalDate startedOn, LocalDate endedOn) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into case_file (id, project_id, mentee_id, lead_mentor_id, started_on,"
                            + " ended_on, closing_reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, id)
                    .setParameter(2, projectId)
                    .setParameter(3, menteeId)
                    .setParameter(4, leadPersonId)
                    .setParameter(5, startedOn)
                    .setParameter(6, endedOn)
                    .setParameter(7, endedOn == null ? null : "other")
                    .executeUpdate();
            linkMentee(menteeId, projectId);
        });
        return id;
    }

    public UUID activity(UUID projectId, UUID menteeId, UUID employerId, LocalDate occurredOn) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into activity (id, project_id,"
                                + " mentee_id, employer_id, occurred_on, duration_minutes, channel, topics, note)"
                                + " values (?1, ?2, ?3, ?4, ?5, 30, 'phone', '{job_search}', 'talked about the job')")
                        .setParameter(1, id)
                        .setParameter(2, projectId)
                        .setParameter(3, menteeId)
                        .setParameter(4, employerId)
                        .setParameter(5, occurredOn)
                        .executeUpdate());
        return id;
    }

    /** A placement with its three open follow-ups. */
    public UUID placement(UUID projectId, UUID menteeId, UUID employerId, String type, LocalDate startedOn) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into placement (id, project_id, mentee_id, employer_id, type, started_on,"
                            + " weekly_hours, occupation) values (?1, ?2, ?3, ?4, ?5, ?6, 39, 'Pflegehelferin')")
                    .setParameter(1, id)
                    .setParameter(2, projectId)
                    .setParameter(3, menteeId)
                    .setParameter(4, employerId)
                    .setParameter(5, type)
                    .setParameter(6, startedOn)
                    .executeUpdate();
            for (int months : new int[] {3, 6, 12}) {
                em.createNativeQuery("insert into follow_up (id, project_id, placement_id, mentee_id, months, due_on)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, Ids.newId())
                        .setParameter(2, projectId)
                        .setParameter(3, id)
                        .setParameter(4, menteeId)
                        .setParameter(5, (short) months)
                        .setParameter(6, startedOn.plusMonths(months))
                        .executeUpdate();
            }
        });
        return id;
    }

    public UUID referral(UUID projectId, UUID menteeId) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into referral (id, project_id,"
                                + " mentee_id, referred_on, provider, topic, note) values (?1, ?2, ?3, current_date,"
                                + " 'Migrationsberatung', 'Wohnungssuche', 'private note')")
                        .setParameter(1, id)
                        .setParameter(2, projectId)
                        .setParameter(3, menteeId)
                        .executeUpdate());
        return id;
    }

    /** The follow-ups of a placement, soonest first. */
    @SuppressWarnings("unchecked")
    public java.util.List<UUID> followUpsOf(UUID placementId) {
        return QuarkusTransaction.requiringNew().call(() -> (java.util.List<UUID>)
                em.createNativeQuery("select id from follow_up where placement_id = ?1 order by due_on")
                        .setParameter(1, placementId)
                        .getResultList());
    }

    /** Audit rows of a record: "action" strings in order. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> auditOf(UUID entityId) {
        return QuarkusTransaction.requiringNew().call(() -> (java.util.List<String>)
                em.createNativeQuery("select action from audit_event where entity_id = ?1 order by id")
                        .setParameter(1, entityId)
                        .getResultList());
    }

    public long count(String table, String where, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("select count(*) from " + table + " where " + where);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** A frozen quarterly report with empty content. */
    public UUID statisticsReport() {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into statistics_report (id, year, quarter,"
                                + " version, period_from, period_to, definition_version, issued_by, content) values (?1, 2019,"
                                + " 1, (select coalesce(max(version), 0) + 1 from statistics_report where year = 2019),"
                                + " '2019-01-01', '2019-03-31', '2026.1', 'test',"
                                + " '{\"quarter\": null, \"cumulative\": null, \"breakdowns\": []}')")
                        .setParameter(1, id)
                        .executeUpdate());
        return id;
    }

    /** Runs a statement that the database should refuse; returns the refusal's message (null if it ran). */
    public String failureOf(String sql, Object... params) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var statement = em.createNativeQuery(sql);
                for (int i = 0; i < params.length; i++) {
                    statement.setParameter(i + 1, params[i]);
                }
                statement.executeUpdate();
            });
            return null;
        } catch (RuntimeException e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            return messages.toString();
        }
    }

    /** A member of staff; {@link #token()} signs a test token for them. */
    public record Staff(UUID personId, String keycloakUserId, String role) {
        public String token() {
            return Tokens.of(keycloakUserId, role);
        }
    }
}
