package de.amm.casedesk.bulk;

import de.amm.casedesk.bulk.Rows.ActivityRow;
import de.amm.casedesk.bulk.Rows.CaseRow;
import de.amm.casedesk.bulk.Rows.EmployerRow;
import de.amm.casedesk.bulk.Rows.FollowUpRow;
import de.amm.casedesk.bulk.Rows.MembershipRow;
import de.amm.casedesk.bulk.Rows.MenteeRow;
import de.amm.casedesk.bulk.Rows.PersonRow;
import de.amm.casedesk.bulk.Rows.PlacementRow;
import de.amm.casedesk.bulk.Rows.ProjectRow;
import de.amm.casedesk.bulk.Rows.ReferralRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The one writer of records in bulk: rows go in through PostgreSQL's COPY on the caller's connection and
 * transaction, so the tables' triggers (the statistics) run as for any insert, once per table and call. Used by
 * the demo data, the test fixtures, the benchmark's dataset and the spreadsheet import.
 */
public final class CaseRecordWriter {

    private final Connection connection;

    public CaseRecordWriter(Connection connection) {
        this.connection = connection;
    }

    public void projects(Collection<ProjectRow> rows) {
        copy(
                "project (id, name, carrier, street, postal_code, city, phone, email, website, office_hours, languages,"
                        + " latitude, longitude, mentor_positions, yearly_funding)",
                rows,
                r -> values(
                        r.id(),
                        r.name(),
                        r.carrier(),
                        r.street(),
                        r.postalCode(),
                        r.city(),
                        r.phone(),
                        r.email(),
                        r.website(),
                        r.officeHours(),
                        r.languages(),
                        r.latitude(),
                        r.longitude(),
                        r.mentorPositions(),
                        r.yearlyFunding()));
        List<List<Object>> districts = new ArrayList<>();
        for (ProjectRow row : rows) {
            row.districts().forEach(ags -> districts.add(List.of(row.id(), ags)));
        }
        copy("project_district (project_id, district_ags)", districts, r -> r);
    }

    public void persons(Collection<PersonRow> rows) {
        copy(
                "person (id, keycloak_user_id, display_name, email)",
                rows,
                r -> values(r.id(), r.keycloakUserId(), r.displayName(), r.email()));
    }

    public void memberships(Collection<MembershipRow> rows) {
        copy(
                "project_membership (id, project_id, person_id, role, started_on)",
                rows,
                r -> values(r.id(), r.projectId(), r.personId(), r.role(), r.startedOn()));
    }

    /** Mentees, each visible to the project that registered them. */
    public void mentees(Collection<MenteeRow> rows) {
        copy(
                "mentee (id, project_id, pseudonym, first_name, last_name, birth_date, phone, email, languages, notes,"
                        + " gender, year_of_birth, nationality, residence_status, qualification, recognition_status,"
                        + " german_level, district_ags, referral_source, created_at, updated_at)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.pseudonym(),
                        r.firstName(),
                        r.lastName(),
                        r.birthDate(),
                        r.phone(),
                        r.email(),
                        r.languages() == null ? List.of() : r.languages(),
                        r.notes(),
                        r.gender(),
                        r.yearOfBirth(),
                        r.nationality(),
                        r.residenceStatus(),
                        r.qualification(),
                        r.recognitionStatus(),
                        r.germanLevel(),
                        r.district(),
                        r.referralSource(),
                        r.registeredAt(),
                        r.registeredAt()));
        copy("mentee_project (mentee_id, project_id)", rows, r -> values(r.id(), r.projectId()));
        // a mentee's consent: one declaration of the given scopes, in a text version not recorded here
        List<Object[]> consents = new ArrayList<>();
        for (MenteeRow r : rows) {
            if (r.consentGivenOn() == null || r.consentScopes() == null) {
                continue;
            }
            UUID declaration = UUID.nameUUIDFromBytes(("consent:" + r.id()).getBytes(StandardCharsets.UTF_8));
            for (String scope : r.consentScopes()) {
                consents.add(new Object[] {
                    UUID.nameUUIDFromBytes(("consent:" + r.id() + ":" + scope).getBytes(StandardCharsets.UTF_8)),
                    declaration,
                    r.id(),
                    r.projectId(),
                    scope,
                    "2026-01",
                    r.consentGivenOn(),
                    r.registeredAt()
                });
            }
        }
        copy(
                "consent (id, declaration_id, mentee_id, project_id, scope, text_version, given_on, recorded_at)",
                consents,
                c -> values(c));
    }

    public void employers(Collection<EmployerRow> rows) {
        copy(
                "employer (id, project_id, name, sector, size_class, district_ags, contact_name, contact_phone,"
                        + " contact_email, notes)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.name(),
                        r.sector(),
                        r.sizeClass(),
                        r.district(),
                        r.contactName(),
                        r.contactPhone(),
                        r.contactEmail(),
                        r.notes()));
    }

    /** Cases; a mentee becomes visible to the project of a case (once). */
    public void cases(Collection<CaseRow> rows) {
        execute(
                "insert into mentee_project (mentee_id, project_id) select * from unnest(?::uuid[], ?::uuid[])"
                        + " on conflict do nothing",
                rows.stream().map(CaseRow::menteeId).toArray(),
                rows.stream().map(CaseRow::projectId).toArray());
        copy(
                "case_file (id, project_id, mentee_id, lead_mentor_id, started_on, ended_on, closing_reason)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.menteeId(),
                        r.leadMentorId(),
                        r.startedOn(),
                        r.endedOn(),
                        r.closingReason()));
    }

    public void activities(Collection<ActivityRow> rows) {
        copy(
                "activity (id, project_id, mentee_id, employer_id, authority, mentor_id, occurred_on, duration_minutes,"
                        + " channel, topics, note)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.menteeId(),
                        r.employerId(),
                        r.authority(),
                        r.mentorId(),
                        r.occurredOn(),
                        r.durationMinutes(),
                        r.channel(),
                        r.topics() == null ? List.of() : r.topics(),
                        r.note()));
    }

    public void placements(Collection<PlacementRow> rows) {
        copy(
                "placement (id, project_id, mentee_id, employer_id, type, started_on, ended_on, end_reason,"
                        + " weekly_hours, occupation)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.menteeId(),
                        r.employerId(),
                        r.type(),
                        r.startedOn(),
                        r.endedOn(),
                        r.endReason(),
                        r.weeklyHours(),
                        r.occupation()));
    }

    public void followUps(Collection<FollowUpRow> rows) {
        copy(
                "follow_up (id, project_id, placement_id, mentee_id, months, due_on, checked_on, result, note)",
                rows,
                r -> values(
                        r.id(),
                        r.projectId(),
                        r.placementId(),
                        r.menteeId(),
                        r.months(),
                        r.dueOn(),
                        r.checkedOn(),
                        r.result(),
                        r.note()));
    }

    public void referrals(Collection<ReferralRow> rows) {
        copy(
                "referral (id, project_id, mentee_id, referred_on, provider, topic, note)",
                rows,
                r -> values(r.id(), r.projectId(), r.menteeId(), r.referredOn(), r.provider(), r.topic(), r.note()));
    }

    // --- COPY ------------------------------------------------------------------------------------------------

    private interface Columns<T> {
        List<Object> of(T row);
    }

    private static List<Object> values(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private <T> void copy(String table, Collection<T> rows, Columns<T> columns) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format text)");
            try {
                StringBuilder line = new StringBuilder(256);
                for (T row : rows) {
                    line.setLength(0);
                    List<Object> values = columns.of(row);
                    for (int i = 0; i < values.size(); i++) {
                        if (i > 0) {
                            line.append('\t');
                        }
                        text(line, values.get(i));
                    }
                    line.append('\n');
                    byte[] bytes = line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table.substring(0, table.indexOf(' ')) + " failed", e);
        }
    }

    /** A value in COPY's text format: \N for null, arrays as {a,b}, special characters escaped. */
    private static void text(StringBuilder line, Object value) {
        switch (value) {
            case null -> line.append("\\N");
            case List<?> list -> {
                line.append('{');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    // codes only: letters, digits and underscores need no quoting
                    escape(line, String.valueOf(list.get(i)));
                }
                line.append('}');
            }
            case BigDecimal number -> line.append(number.toPlainString());
            default -> escape(line, value.toString());
        }
    }

    private static void escape(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private void execute(String sql, Object[] first, Object[] second) {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", first));
            statement.setArray(2, connection.createArrayOf("uuid", second));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
