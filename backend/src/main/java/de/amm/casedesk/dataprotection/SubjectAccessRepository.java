package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.persistence.Row;
import de.amm.casedesk.common.security.ProjectScope;
import de.amm.casedesk.dataprotection.SubjectAccessApi.AccessEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.ActivityEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.CaseEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.DocumentEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.FollowUpEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.Person;
import de.amm.casedesk.dataprotection.SubjectAccessApi.PlacementEntry;
import de.amm.casedesk.dataprotection.SubjectAccessApi.ReferralEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Everything stored about one mentee, read straight from every table that holds some of it, within a scope of
 * projects: the answer to an access request does not depend on what the screens happen to show.
 */
@ApplicationScoped
@ReadModel(
        tables = {
            "mentee",
            "mentee_project",
            "project",
            "person",
            "case_file",
            "case_assistant",
            "activity",
            "employer",
            "placement",
            "follow_up",
            "referral",
            "document",
            "audit_event"
        })
public class SubjectAccessRepository {

    private final EntityManager em;

    public SubjectAccessRepository(EntityManager em) {
        this.em = em;
    }

    Person person(UUID menteeId) {
        return new NativeQuery()
                .append(
                        "select m.pseudonym, m.first_name, m.last_name, m.birth_date, m.year_of_birth, m.gender,"
                                + " m.nationality, m.phone, m.email, m.address, array_to_string(m.languages, ',') as"
                                + " languages, m.notes, m.residence_status, m.qualification, m.recognition_status,"
                                + " m.german_level, m.district_ags, m.referral_source, m.project_id, p.name as"
                                + " project_name, m.created_at, m.anonymised_on from mentee m join project p on p.id ="
                                + " m.project_id where m.id = ?",
                        menteeId)
                .single(
                        em,
                        row -> new Person(
                                row.text("pseudonym"),
                                blankToNull(row.text("first_name")),
                                blankToNull(row.text("last_name")),
                                row.date("birth_date"),
                                row.integer("year_of_birth"),
                                row.text("gender"),
                                row.text("nationality"),
                                row.text("phone"),
                                row.text("email"),
                                row.text("address"),
                                list(row.text("languages")),
                                row.text("notes"),
                                row.text("residence_status"),
                                row.text("qualification"),
                                row.text("recognition_status"),
                                row.text("german_level"),
                                row.text("district_ags"),
                                row.text("referral_source"),
                                new Ref(row.uuid("project_id"), row.text("project_name")),
                                row.instant("created_at"),
                                row.date("anonymised_on")));
    }

    /** The mentee's projects within the scope. */
    List<Ref> projects(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select p.id, p.name from mentee_project mp join project p on p.id = mp.project_id where"
                                + " mp.mentee_id = ?",
                        menteeId)
                .and(scope.sql("mp.project_id"))
                .append(" order by p.name")
                .list(em, row -> new Ref(row.uuid("id"), row.text("name")));
    }

    List<CaseEntry> cases(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select c.id, c.project_id, p.name as project_name, c.started_on, c.ended_on,"
                                + " c.closing_reason, lead.display_name as lead_name, (select string_agg(a.display_name,"
                                + " '|' order by a.display_name) from case_assistant ca join person a on a.id ="
                                + " ca.person_id where ca.case_id = c.id) as assistants from case_file c join project p"
                                + " on p.id = c.project_id left join person lead on lead.id = c.lead_mentor_id where"
                                + " c.mentee_id = ?",
                        menteeId)
                .and(scope.sql("c.project_id"))
                .append(" order by c.started_on, c.id")
                .list(
                        em,
                        row -> new CaseEntry(
                                row.uuid("id"),
                                project(row),
                                row.date("started_on"),
                                row.date("ended_on"),
                                row.text("closing_reason"),
                                row.text("lead_name"),
                                row.text("assistants") == null
                                        ? List.of()
                                        : List.of(row.text("assistants").split("\\|"))));
    }

    List<ActivityEntry> activities(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select a.id, a.project_id, p.name as project_name, a.occurred_on, a.channel,"
                                + " a.duration_minutes, array_to_string(a.topics, ',') as topics, e.name as employer,"
                                + " a.authority, mentor.display_name as mentor, a.note from activity a join project p on"
                                + " p.id = a.project_id left join employer e on e.id = a.employer_id left join person"
                                + " mentor on mentor.id = a.mentor_id where a.mentee_id = ?",
                        menteeId)
                .and(scope.sql("a.project_id"))
                .append(" order by a.occurred_on, a.id")
                .list(
                        em,
                        row -> new ActivityEntry(
                                row.uuid("id"),
                                project(row),
                                row.date("occurred_on"),
                                row.text("channel"),
                                row.integer("duration_minutes"),
                                list(row.text("topics")),
                                row.text("employer"),
                                row.text("authority"),
                                row.text("mentor"),
                                row.text("note")));
    }

    List<PlacementEntry> placements(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select pl.id, pl.project_id, p.name as project_name, pl.type, e.name as employer,"
                                + " pl.started_on, pl.ended_on, pl.end_reason, pl.weekly_hours::text as weekly_hours,"
                                + " pl.occupation from placement pl join project p on p.id = pl.project_id left join"
                                + " employer e on e.id = pl.employer_id where pl.mentee_id = ?",
                        menteeId)
                .and(scope.sql("pl.project_id"))
                .append(" order by pl.started_on, pl.id")
                .list(
                        em,
                        row -> new PlacementEntry(
                                row.uuid("id"),
                                project(row),
                                row.text("type"),
                                row.text("employer"),
                                row.date("started_on"),
                                row.date("ended_on"),
                                row.text("end_reason"),
                                row.text("weekly_hours") == null ? null : new BigDecimal(row.text("weekly_hours")),
                                row.text("occupation")));
    }

    List<FollowUpEntry> followUps(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select f.id, f.project_id, p.name as project_name, f.placement_id, f.months, f.due_on,"
                                + " f.checked_on, f.result, f.note from follow_up f join project p on p.id ="
                                + " f.project_id where f.mentee_id = ?",
                        menteeId)
                .and(scope.sql("f.project_id"))
                .append(" order by f.due_on, f.id")
                .list(
                        em,
                        row -> new FollowUpEntry(
                                row.uuid("id"),
                                project(row),
                                row.uuid("placement_id"),
                                row.integer("months"),
                                row.date("due_on"),
                                row.date("checked_on"),
                                row.text("result"),
                                row.text("note")));
    }

    List<ReferralEntry> referrals(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select r.id, r.project_id, p.name as project_name, r.referred_on, r.provider, r.topic,"
                                + " r.note from referral r join project p on p.id = r.project_id where r.mentee_id = ?",
                        menteeId)
                .and(scope.sql("r.project_id"))
                .append(" order by r.referred_on, r.id")
                .list(
                        em,
                        row -> new ReferralEntry(
                                row.uuid("id"),
                                project(row),
                                row.date("referred_on"),
                                row.text("provider"),
                                row.text("topic"),
                                row.text("note")));
    }

    List<DocumentEntry> documents(UUID menteeId, ProjectScope scope) {
        return new NativeQuery()
                .append(
                        "select d.id, d.project_id, p.name as project_name, d.kind, d.file_name, d.media_type,"
                                + " d.size_bytes, d.uploaded_at from document d join project p on p.id = d.project_id"
                                + " where d.mentee_id = ?",
                        menteeId)
                .and(scope.sql("d.project_id"))
                .append(" order by d.uploaded_at, d.id")
                .list(
                        em,
                        row -> new DocumentEntry(
                                row.uuid("id"),
                                project(row),
                                row.text("kind"),
                                row.text("file_name"),
                                row.text("media_type"),
                                row.integer("size_bytes"),
                                row.instant("uploaded_at")));
    }

    /** The audited accesses to the person's records through the scope's projects (all of them for the DPO). */
    List<AccessEntry> accesses(UUID menteeId, ProjectScope scope) {
        NativeQuery query = new NativeQuery()
                .append(
                        "select e.occurred_at, coalesce(actor.display_name, e.actor_roles) as actor, e.actor_roles,"
                                + " e.action, e.entity, reader.name as reader_project from audit_event e left join"
                                + " person actor on actor.keycloak_user_id = e.actor left join project reader on"
                                + " reader.id = e.reader_project_id where e.mentee_id = ?",
                        menteeId);
        if (!scope.all()) {
            query.append(" and (")
                    .append(
                            scope.sql("e.project_id").sql(),
                            scope.sql("e.project_id").values().toArray())
                    .append(" or ")
                    .append(
                            scope.sql("e.reader_project_id").sql(),
                            scope.sql("e.reader_project_id").values().toArray())
                    .append(")");
        }
        return query.append(" order by e.occurred_at, e.id")
                .list(
                        em,
                        row -> new AccessEntry(
                                row.instant("occurred_at"),
                                row.text("actor"),
                                row.text("actor_roles"),
                                row.text("action"),
                                row.text("entity"),
                                row.text("reader_project")));
    }

    private static Ref project(Row row) {
        return new Ref(row.uuid("project_id"), row.text("project_name"));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
