-- The key results (PRODUCT.md "Key-result definitions", version 2026.1), computed from fact tables that
-- triggers keep in step with the case records. Counting distinct mentees over a million rows is slow;
-- instead every fact row carries the date of the same mentee's previous row in the same scope, so that
-- "distinct mentees with a row in the period" becomes "rows in the period whose predecessor lies before
-- the period": a plain count, one row per mentee, additive over any grouping by mentee attributes.
-- Each table holds its rows twice: over all projects (project_id null) and per project.

-- Episodes of support: a mentee's merged case periods (cases that overlap form one episode).
create table stat_episode (
    mentee_id         uuid         not null,
    project_id        uuid,
    started_on        date         not null,
    ended_on          date         not null,  -- 'infinity' while a case is open
    prev_ended_on     date,                   -- end of the mentee's previous episode in this scope
    female            boolean      not null,
    no_qualification  boolean      not null,
    gender            varchar(16)  not null,
    district_ags      char(5),
    year_of_birth     smallint,
    nationality       char(2),
    residence_status  varchar(24),
    qualification     varchar(24)
);

create index stat_episode_by_mentee on stat_episode (mentee_id);
create index stat_episode_all_by_end on stat_episode (ended_on) include (started_on, prev_ended_on, female)
    where project_id is null;
create index stat_episode_all_by_district on stat_episode (district_ags, ended_on) where project_id is null;
create index stat_episode_by_project on stat_episode (project_id, ended_on) where project_id is not null;

-- Placements of every type; the counting ones (employment subject to social insurance, vocational
-- training, self-employment) carry the chains of the key results, with their six-month mark.
create table stat_placement (
    placement_id      uuid         not null,
    mentee_id         uuid         not null,
    project_id        uuid,
    type              varchar(24)  not null,
    employer_sector   char(1),
    counting          boolean      not null,
    started_on        date         not null,
    prev_started_on   date,                   -- start of the mentee's previous counting placement in this scope
    mark_on           date         not null,  -- started_on + 6 calendar months
    qualifies         boolean      not null,  -- counting, and had not ended before the mark
    prev_mark_on      date,                   -- mark of the previous qualifying placement in this scope
    female            boolean      not null,
    no_qualification  boolean      not null,
    gender            varchar(16)  not null,
    district_ags      char(5),
    year_of_birth     smallint,
    nationality       char(2),
    residence_status  varchar(24),
    qualification     varchar(24)
);

create index stat_placement_by_mentee on stat_placement (mentee_id);
create index stat_placement_all_by_start on stat_placement (started_on) where project_id is null;
create index stat_placement_all_by_mark on stat_placement (mark_on) where project_id is null and qualifies;
create index stat_placement_by_project on stat_placement (project_id, started_on) where project_id is not null;
create index stat_placement_by_project_mark on stat_placement (project_id, mark_on)
    where project_id is not null and qualifies;

-- Days on which an employer had a contact. An employer belongs to one project, so one scope suffices.
create table stat_employer_day (
    employer_id   uuid     not null,
    project_id    uuid     not null,
    district_ags  char(5),
    occurred_on   date     not null,
    prev_on       date,                       -- the employer's previous contact day
    primary key (employer_id, occurred_on)
);

create index stat_employer_day_by_day on stat_employer_day (occurred_on) include (prev_on, project_id, district_ags);

-- Contacts by topic, counted per project and day and per project and month (whole months of a period
-- come from the monthly rows, the partial months at its edges from the daily ones).
create table stat_topic_day (
    project_id   uuid         not null,
    occurred_on  date         not null,
    topic        varchar(32)  not null,
    contacts     integer      not null,
    primary key (project_id, occurred_on, topic)
);

create index stat_topic_day_by_day on stat_topic_day (occurred_on);

create table stat_topic_month (
    project_id  uuid         not null,
    month       date         not null,
    topic       varchar(32)  not null,
    contacts    integer      not null,
    primary key (project_id, month, topic)
);

create index stat_topic_month_by_month on stat_topic_month (month);

-- Follow-ups are counted straight from their table.
create index follow_up_by_due on follow_up (due_on) include (months, result, project_id);

-- The rows the fact tables must hold, computed from the case records. The refresh functions copy them
-- for some mentees or employers; conditions on mentee_id / employer_id reach the base tables' indexes.
create view stat_episode_source as
with scoped as (
    select mentee_id, null::uuid as project_id, started_on, coalesce(ended_on, 'infinity'::date) as ended_on
    from case_file
    union all
    select mentee_id, project_id, started_on, coalesce(ended_on, 'infinity'::date) from case_file
), flagged as (
    select *, case when started_on <= max(ended_on) over before then 0 else 1 end as starts_episode
    from scoped
    window before as (partition by mentee_id, project_id order by started_on, ended_on
                      rows between unbounded preceding and 1 preceding)
), numbered as (
    select *, sum(starts_episode) over (partition by mentee_id, project_id order by started_on, ended_on
                                        rows unbounded preceding) as episode
    from flagged
), episodes as (
    select mentee_id, project_id, min(started_on) as started_on, max(ended_on) as ended_on
    from numbered
    group by mentee_id, project_id, episode
)
select e.mentee_id, e.project_id, e.started_on, e.ended_on,
       lag(e.ended_on) over (partition by e.mentee_id, e.project_id order by e.started_on) as prev_ended_on,
       m.gender = 'female' as female, coalesce(m.qualification = 'none', false) as no_qualification,
       m.gender, m.district_ags, m.year_of_birth, m.nationality, m.residence_status, m.qualification
from episodes e join mentee m on m.id = e.mentee_id;

create view stat_placement_source as
with typed as (
    select p.id, p.mentee_id, p.project_id, p.type, e.sector as employer_sector, p.started_on, p.ended_on,
           (p.started_on + interval '6 months')::date as mark_on,
           p.type in ('employment', 'vocational_training', 'self_employment') as counting
    from placement p left join employer e on e.id = p.employer_id
), scoped as (
    select id, mentee_id, null::uuid as project_id, type, employer_sector, counting, started_on, mark_on,
           counting and (ended_on is null or ended_on >= mark_on) as qualifies
    from typed
    union all
    select id, mentee_id, project_id, type, employer_sector, counting, started_on, mark_on,
           counting and (ended_on is null or ended_on >= mark_on)
    from typed
)
select s.id as placement_id, s.mentee_id, s.project_id, s.type, s.employer_sector, s.counting, s.started_on,
       case when s.counting
            then lag(s.started_on) over (partition by s.mentee_id, s.project_id, s.counting order by s.started_on, s.id)
       end as prev_started_on,
       s.mark_on, s.qualifies,
       case when s.qualifies
            then lag(s.mark_on) over (partition by s.mentee_id, s.project_id, s.qualifies order by s.mark_on, s.id)
       end as prev_mark_on,
       m.gender = 'female' as female, coalesce(m.qualification = 'none', false) as no_qualification,
       m.gender, m.district_ags, m.year_of_birth, m.nationality, m.residence_status, m.qualification
from scoped s join mentee m on m.id = s.mentee_id;

create view stat_employer_day_source as
select d.employer_id, e.project_id, e.district_ags, d.occurred_on,
       lag(d.occurred_on) over (partition by d.employer_id order by d.occurred_on) as prev_on
from (select distinct employer_id, occurred_on from activity where employer_id is not null) d
join employer e on e.id = d.employer_id;

create function stat_refresh_mentees(ids uuid[]) returns void language sql as $$
    delete from stat_episode where mentee_id = any(ids);
    insert into stat_episode select * from stat_episode_source where mentee_id = any(ids);
    delete from stat_placement where mentee_id = any(ids);
    insert into stat_placement select * from stat_placement_source where mentee_id = any(ids);
$$;

create function stat_refresh_employers(ids uuid[]) returns void language sql as $$
    delete from stat_employer_day where employer_id = any(ids);
    insert into stat_employer_day select * from stat_employer_day_source where employer_id = any(ids);
$$;

-- Topic counts change by the contacts a statement added (+1) or removed (-1).
create function stat_count_topics(changes jsonb) returns void language sql as $$
    insert into stat_topic_day as d (project_id, occurred_on, topic, contacts)
    select (c ->> 'project_id')::uuid, (c ->> 'occurred_on')::date, c ->> 'topic', sum((c ->> 'delta')::int)
    from jsonb_array_elements(changes) c
    group by 1, 2, 3
    on conflict (project_id, occurred_on, topic) do update set contacts = d.contacts + excluded.contacts;
    insert into stat_topic_month as m (project_id, month, topic, contacts)
    select (c ->> 'project_id')::uuid, date_trunc('month', (c ->> 'occurred_on')::date)::date, c ->> 'topic',
           sum((c ->> 'delta')::int)
    from jsonb_array_elements(changes) c
    group by 1, 2, 3
    on conflict (project_id, month, topic) do update set contacts = m.contacts + excluded.contacts;
$$;

-- After a bulk load (demo data, benchmark) that ran with amm.statistics_deferred = 'on'.
create function stat_rebuild() returns void language sql as $$
    truncate stat_episode, stat_placement, stat_employer_day, stat_topic_day, stat_topic_month;
    insert into stat_episode select * from stat_episode_source;
    insert into stat_placement select * from stat_placement_source;
    insert into stat_employer_day select * from stat_employer_day_source;
    insert into stat_topic_day (project_id, occurred_on, topic, contacts)
        select project_id, occurred_on, topic, count(*) from activity, unnest(topics) as topic group by 1, 2, 3;
    insert into stat_topic_month (project_id, month, topic, contacts)
        select project_id, date_trunc('month', occurred_on)::date, topic, sum(contacts) from stat_topic_day group by 1, 2, 3;
    analyze stat_episode;
    analyze stat_placement;
    analyze stat_employer_day;
    analyze stat_topic_day;
    analyze stat_topic_month;
$$;

-- Triggers: once per statement, for the mentees or employers the statement touched.
create function stat_deferred() returns boolean language sql stable as $$
    select coalesce(current_setting('amm.statistics_deferred', true), '') = 'on';
$$;

create function stat_on_mentee_records() returns trigger language plpgsql as $$
begin
    if stat_deferred() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform stat_refresh_mentees(array(select distinct mentee_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform stat_refresh_mentees(array(select distinct mentee_id from old_rows));
    else
        perform stat_refresh_mentees(array(select mentee_id from old_rows union select mentee_id from new_rows));
    end if;
    return null;
end $$;

create function stat_on_mentee_change() returns trigger language plpgsql as $$
begin
    if not stat_deferred() then
        perform stat_refresh_mentees(array(select id from new_rows));
    end if;
    return null;
end $$;

create function stat_on_activity_records() returns trigger language plpgsql as $$
begin
    if stat_deferred() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform stat_refresh_employers(array(select distinct employer_id from new_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(jsonb_build_object('project_id', project_id,
            'occurred_on', occurred_on, 'topic', topic, 'delta', 1)), '[]') from new_rows, unnest(topics) topic));
    elsif tg_op = 'DELETE' then
        perform stat_refresh_employers(array(select distinct employer_id from old_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(jsonb_build_object('project_id', project_id,
            'occurred_on', occurred_on, 'topic', topic, 'delta', -1)), '[]') from old_rows, unnest(topics) topic));
    else
        perform stat_refresh_employers(array(
            select employer_id from old_rows where employer_id is not null
            union select employer_id from new_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(change), '[]') from (
            select jsonb_build_object('project_id', project_id, 'occurred_on', occurred_on, 'topic', topic, 'delta', -1)
            from old_rows, unnest(topics) topic
            union all
            select jsonb_build_object('project_id', project_id, 'occurred_on', occurred_on, 'topic', topic, 'delta', 1)
            from new_rows, unnest(topics) topic) as changes (change)));
    end if;
    return null;
end $$;

create function stat_on_employer_change() returns trigger language plpgsql as $$
begin
    if not stat_deferred() then
        perform stat_refresh_employers(array(select id from new_rows));
    end if;
    return null;
end $$;

create trigger stat_case_inserted after insert on case_file referencing new table as new_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_case_updated after update on case_file referencing old table as old_rows new table as new_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_case_deleted after delete on case_file referencing old table as old_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_placement_inserted after insert on placement referencing new table as new_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_placement_updated after update on placement referencing old table as old_rows new table as new_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_placement_deleted after delete on placement referencing old table as old_rows
    for each statement execute function stat_on_mentee_records();
create trigger stat_mentee_updated after update on mentee referencing new table as new_rows
    for each statement execute function stat_on_mentee_change();
create trigger stat_activity_inserted after insert on activity referencing new table as new_rows
    for each statement execute function stat_on_activity_records();
create trigger stat_activity_updated after update on activity referencing old table as old_rows new table as new_rows
    for each statement execute function stat_on_activity_records();
create trigger stat_activity_deleted after delete on activity referencing old table as old_rows
    for each statement execute function stat_on_activity_records();
create trigger stat_employer_updated after update on employer referencing new table as new_rows
    for each statement execute function stat_on_employer_change();

-- Quarterly reports for the ministry: frozen snapshots, never changed; a new version may be issued.
create table statistics_report (
    id                  uuid         primary key,
    year                smallint     not null,
    quarter             smallint     not null,
    version             smallint     not null,
    period_from         date         not null,
    period_to           date         not null,
    definition_version  varchar(16)  not null,
    issued_at           timestamptz  not null default now(),
    issued_by           varchar(64)  not null,
    content             jsonb        not null,
    constraint statistics_report_quarter check (quarter between 1 and 4),
    constraint statistics_report_version unique (year, quarter, version)
);

create function statistics_report_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'statistics reports are frozen; issue a new version instead';
end $$;

create trigger statistics_report_frozen before update or delete on statistics_report
    for each statement execute function statistics_report_is_frozen();
