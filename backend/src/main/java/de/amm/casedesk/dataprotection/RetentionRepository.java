package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the retention rules find, and the record of each scheduled run. */
@ApplicationScoped
@ReadModel(tables = {"mentee", "project", "case_file", "activity", "placement", "follow_up", "referral"})
public class RetentionRepository {

    /** A mentee due for anonymisation: the last day anything happened in their case work. */
    public record Due(UUID menteeId, String pseudonym, UUID projectId, String projectName, LocalDate lastActivityOn) {}

    private final EntityManager em;

    public RetentionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Mentees not anonymised yet, without an open case, whose last activity of any kind (registration, a case's
     * end, an activity, a placement's start or end, a follow-up, a referral) lies before {@code cutoff}.
     */
    List<Due> due(LocalDate cutoff, int limit) {
        return new NativeQuery()
                .append(
                        "select * from (select m.id, m.pseudonym, m.project_id, p.name as project_name,"
                                + " greatest((m.created_at at time zone 'Europe/Berlin')::date, (select max(c.ended_on)"
                                + " from case_file c where c.mentee_id = m.id), (select max(a.occurred_on) from activity"
                                + " a where a.mentee_id = m.id), (select max(coalesce(pl.ended_on, pl.started_on)) from"
                                + " placement pl where pl.mentee_id = m.id), (select max(f.checked_on) from follow_up f"
                                + " where f.mentee_id = m.id), (select max(r.referred_on) from referral r where"
                                + " r.mentee_id = m.id)) as last_activity from mentee m join project p on p.id ="
                                + " m.project_id where m.anonymised_on is null and not exists (select 1 from case_file"
                                + " oc where oc.mentee_id = m.id and oc.ended_on is null)) candidates where"
                                + " last_activity < ? order by last_activity, id limit ?",
                        Date.valueOf(cutoff),
                        limit)
                .list(
                        em,
                        row -> new Due(
                                row.uuid("id"),
                                row.text("pseudonym"),
                                row.uuid("project_id"),
                                row.text("project_name"),
                                row.date("last_activity")));
    }

    long countDue(LocalDate cutoff) {
        return new NativeQuery()
                .append(
                        "select count(*) as due from mentee m where m.anonymised_on is null and not exists (select 1"
                                + " from case_file oc where oc.mentee_id = m.id and oc.ended_on is null) and"
                                + " greatest((m.created_at at time zone 'Europe/Berlin')::date, (select max(c.ended_on)"
                                + " from case_file c where c.mentee_id = m.id), (select max(a.occurred_on) from activity"
                                + " a where a.mentee_id = m.id), (select max(coalesce(pl.ended_on, pl.started_on)) from"
                                + " placement pl where pl.mentee_id = m.id), (select max(f.checked_on) from follow_up f"
                                + " where f.mentee_id = m.id), (select max(r.referred_on) from referral r where"
                                + " r.mentee_id = m.id)) < ?",
                        Date.valueOf(cutoff))
                .single(em, row -> row.count("due"));
    }

    /**
     * Claims a run of a job: true for the one backend whose row lands, false for every other one (and for a
     * second attempt of the same run).
     */
    boolean claim(String job, String runKey, Instant at) {
        return new NativeQuery()
                        .append(
                                "insert into scheduled_run (job, run_key, started_at) values (?, ?, ?) on conflict do"
                                        + " nothing",
                                job,
                                runKey,
                                Timestamp.from(at))
                        .execute(em)
                == 1;
    }

    void finish(String job, String runKey, Instant at, String outcome) {
        new NativeQuery()
                .append(
                        "update scheduled_run set finished_at = ?, outcome = ? where job = ? and run_key = ?",
                        Timestamp.from(at),
                        outcome,
                        job,
                        runKey)
                .execute(em);
    }

    /** The latest runs of a job, newest first. */
    List<Run> runs(String job, int limit) {
        return new NativeQuery()
                .append(
                        "select run_key, started_at, finished_at, outcome from scheduled_run where job = ? order by"
                                + " started_at desc limit ?",
                        job,
                        limit)
                .list(
                        em,
                        row -> new Run(
                                row.text("run_key"),
                                row.instant("started_at"),
                                row.instant("finished_at"),
                                row.text("outcome")));
    }

    /** One run of a scheduled job. */
    public record Run(String runKey, Instant startedAt, Instant finishedAt, String outcome) {}
}
