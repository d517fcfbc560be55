package de.amm.casedesk.testing;

import de.amm.casedesk.common.api.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Builds projects, staff and memberships straight in the database, each with fresh ids and names, so that test
 * classes need no cleanup and never see each other's data, and reads back what tests check. Case records
 * (mentees, employers, cases, activities, placements, referrals) come from {@link Records}.
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

    /** Gives a project another name (straight in the database, as a careless import might). */
    public void rename(UUID projectId, String name) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update project set name = ?1 where id = ?2")
                        .setParameter(1, name)
                        .setParameter(2, projectId)
                        .executeUpdate());
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
                .setParameter(5, TestClock.today().minusYears(1))
                .executeUpdate();
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

    /** The audited actions about one mentee (their own record and every record of theirs), oldest first. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> auditAbout(UUID menteeId) {
        return QuarkusTransaction.requiringNew().call(() -> (java.util.List<String>)
                em.createNativeQuery("select action from audit_event where mentee_id = ?1 order by id")
                        .setParameter(1, menteeId)
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
                                + " version, period_from, period_to, definition_version, issued_by, issued_at, content)"
                                + " values (?1, 2019, 1, (select coalesce(max(version), 0) + 1 from statistics_report"
                                + " where year = 2019), '2019-01-01', '2019-03-31', '2026.1', 'test', ?2,"
                                + " '{\"quarter\": null, \"cumulative\": null, \"breakdowns\": []}')")
                        .setParameter(1, id)
                        .setParameter(2, java.sql.Timestamp.from(TestClock.now()))
                        .executeUpdate());
        return id;
    }

    /**
     * Stores a signed form for the consent declaration that {@link Records} gives every mentee; returns the
     * declaration's id.
     */
    public UUID consentFormOf(UUID menteeId) {
        UUID declaration =
                UUID.nameUUIDFromBytes(("consent:" + menteeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into consent_form (declaration_id, mentee_id, media_type,"
                                + " content, uploaded_at) values (?1, ?2, 'application/pdf', ?3, ?4)")
                        .setParameter(1, declaration)
                        .setParameter(2, menteeId)
                        .setParameter(3, "%PDF-1.4 form".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .setParameter(4, java.sql.Timestamp.from(TestClock.now()))
                        .executeUpdate());
        return declaration;
    }

    /** A new employer's enquiry in the project's inbox (district Leipzig). */
    public UUID enquiryTo(UUID projectId) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into employer_enquiry (id, project_id, district_ags, company,"
                                + " contact_name, email, message, received_at) values (?1, ?2, '14713', 'Lager GmbH',"
                                + " 'Maria Beispiel', 'm@lager.example', 'Wir suchen zwei Fachkräfte.', ?3)")
                        .setParameter(1, id)
                        .setParameter(2, projectId)
                        .setParameter(3, java.sql.Timestamp.from(TestClock.now()))
                        .executeUpdate());
        return id;
    }

    /** A waiting transfer of the mentee between two projects (requested by nobody in particular). */
    public UUID transferOf(UUID menteeId, UUID fromProject, UUID toProject) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into transfer (id, mentee_id, from_project_id, to_project_id,"
                                + " requested_on, note) values (?1, ?2, ?3, ?4, ?5, 'zieht nach Dresden')")
                        .setParameter(1, id)
                        .setParameter(2, menteeId)
                        .setParameter(3, fromProject)
                        .setParameter(4, toProject)
                        .setParameter(5, TestClock.today())
                        .executeUpdate());
        return id;
    }

    /** A PDF document of the mentee filed in the project (by nobody in particular). */
    public UUID documentOf(UUID menteeId, UUID projectId) {
        UUID id = UUID.randomUUID();
        byte[] content = "%PDF-1.4 cv".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into document (id, project_id, mentee_id, kind, file_name, media_type,"
                            + " size_bytes, sha256, uploaded_at) values (?1, ?2, ?3, 'cv', 'cv.pdf',"
                            + " 'application/pdf', ?4, repeat('0', 64), ?5)")
                    .setParameter(1, id)
                    .setParameter(2, projectId)
                    .setParameter(3, menteeId)
                    .setParameter(4, content.length)
                    .setParameter(5, java.sql.Timestamp.from(TestClock.now()))
                    .executeUpdate();
            em.createNativeQuery("insert into document_content (document_id, content) values (?1, ?2)")
                    .setParameter(1, id)
                    .setParameter(2, content)
                    .executeUpdate();
        });
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
