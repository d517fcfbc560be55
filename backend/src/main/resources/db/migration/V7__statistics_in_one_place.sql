-- The statistics with every definition in one place, names that say what they are, one writer for all
-- cells, and record keys for the disclosure control of released figures (docs/statistics.md explains the
-- cell sums, docs/key-results.md the definitions).
--
-- What changes against V5 and V6:
-- * "counts as placed" and the six-month mark are SQL functions that the fact views use; nothing else
--   spells them out.
-- * The four cell tables of V6 become one, stat_cell, with readable codes: key_result (supported, placed,
--   sustainable, employers) instead of S/P/Q/E, link (first, ended, resumed, gap) instead of A/B/C and a
--   separate gap table, and dimension (none, district, gender, birth_year, nationality, residence_status,
--   qualification) instead of district '*' and G/Y/N/R/Q.
-- * One function, stat_add_cells, writes every cell, for the rows of some owners (on every write) or of
--   all of them (a rebuild).
-- * Every fact row carries the record key of its mentee (stat_record_key), and every cell the sum of the
--   keys it counts, so that a released figure can be rounded the same way whenever the same people are
--   counted (statistics.Disclosure).

-- --- The definitions -------------------------------------------------------------------------------------
create function stat_counts_as_placed(placement_type varchar) returns boolean
    language sql immutable parallel safe
    return placement_type in ('employment', 'vocational_training', 'self_employment');

create function stat_sustainability_mark(started_on date) returns date
    language sql immutable parallel safe
    return (started_on + interval '6 months')::date;

-- --- Record keys ---------------------------------------------------------------------------------------
-- A secret seed, drawn once per database, and a stable 32-bit key per record derived from it.
create table stat_key_seed (
    seed  bigint  not null
);
insert into stat_key_seed (seed) values (floor(random() * 9000000000000000000)::bigint);

create function stat_record_key(id uuid) returns bigint
    language sql stable parallel safe
    return hashtextextended(id::text, (select seed from stat_key_seed)) & 4294967295;

-- --- Fact tables: record keys, activities ---------------------------------------------------------------
alter table stat_episode add column record_key bigint not null default 0;
alter table stat_placement add column record_key bigint not null default 0;
alter table stat_placement add column placement_key bigint not null default 0;
alter table stat_topic_day rename column contacts to activities;
alter table stat_topic_day add column key_sum bigint not null default 0;
alter table stat_topic_month rename column contacts to activities;
alter table stat_topic_month add column key_sum bigint not null default 0;

drop view stat_link_by_attribute;
drop view stat_link_by_district;
drop view stat_link;
drop function stat_add_cells(char(1)[], uuid[], integer);
drop function stat_rebuild_cells();
drop table stat_cell, stat_gap_cell, stat_attribute_cell, stat_attribute_gap_cell;

create or replace view stat_episode_source as
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
       m.gender, m.district_ags, m.year_of_birth, m.nationality, m.residence_status, m.qualification,
       stat_record_key(m.id) as record_key
from episodes e join mentee m on m.id = e.mentee_id;

drop view stat_placement_source;
create view stat_placement_source as
with typed as (
    select p.id, p.mentee_id, p.project_id, p.type, e.sector as employer_sector, p.started_on, p.ended_on,
           stat_sustainability_mark(p.started_on) as mark_on,
           stat_counts_as_placed(p.type) as counting
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
       m.gender, m.district_ags, m.year_of_birth, m.nationality, m.residence_status, m.qualification,
       stat_record_key(m.id) as record_key, stat_record_key(s.id) as placement_key
from scoped s join mentee m on m.id = s.mentee_id;

-- --- Cells -------------------------------------------------------------------------------------------
-- Monthly sums of the links of the fact rows. A link is one element of a mentee's (employer's) chain of
-- episodes, counting placements, six-month marks or contact days; for a period F..T the owners counted are
--     first(<= T) - ended(< F) + resumed(< F) - gap(previous < F, link > T)
-- first: first links of a chain, by the month of their day; ended: every link, by the month of its exit
-- (an episode's end, else its day); resumed: every later link, by the month of the previous link's exit;
-- gap: every later link, by the months of the previous link's exit and of its own day.
-- Cells are kept for each project and for all projects (project_id null), in total (dimension none) and by
-- district; for all projects' mentees also by one attribute at a time.
create table stat_cell (
    key_result        varchar(12)  not null,
    link              varchar(8)   not null,
    project_id        uuid,
    dimension         varchar(16)  not null,
    value             varchar(24),
    month             date         not null,
    previous_month    date,
    female            boolean      not null,
    no_qualification  boolean      not null,
    n                 integer      not null,
    key_sum           bigint       not null,
    constraint stat_cell_key unique nulls not distinct
        (key_result, link, project_id, dimension, value, month, previous_month, female, no_qualification),
    constraint stat_cell_key_result check (key_result in ('supported', 'placed', 'sustainable', 'employers')),
    constraint stat_cell_link check (link in ('first', 'ended', 'resumed', 'gap')),
    constraint stat_cell_gap check ((link = 'gap') = (previous_month is not null))
);

create index stat_cell_by_month on stat_cell (dimension, project_id, month);
create index stat_cell_gaps on stat_cell (dimension, project_id, previous_month) where link = 'gap';

-- The links of every fact row: the day whose month keys the cell (cell_on), the link's own day (link_on)
-- and, for gaps, the previous link's exit (previous_on).
create view stat_link as
select 'supported'::varchar(12) as key_result, mentee_id as owner_id, project_id, 'first'::varchar(8) as link,
       started_on as cell_on, null::date as previous_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_episode where prev_ended_on is null
union all
select 'supported', mentee_id, project_id, 'ended', ended_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_episode where ended_on <> 'infinity'
union all
select 'supported', mentee_id, project_id, 'resumed', prev_ended_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_episode where prev_ended_on is not null
union all
select 'supported', mentee_id, project_id, 'gap', started_on, prev_ended_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_episode where prev_ended_on is not null
union all
select 'placed', mentee_id, project_id, 'first', started_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where counting and prev_started_on is null
union all
select 'placed', mentee_id, project_id, 'ended', started_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where counting
union all
select 'placed', mentee_id, project_id, 'resumed', prev_started_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where counting and prev_started_on is not null
union all
select 'placed', mentee_id, project_id, 'gap', started_on, prev_started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where counting and prev_started_on is not null
union all
select 'sustainable', mentee_id, project_id, 'first', mark_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where qualifies and prev_mark_on is null
union all
select 'sustainable', mentee_id, project_id, 'ended', mark_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where qualifies
union all
select 'sustainable', mentee_id, project_id, 'resumed', prev_mark_on, null, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where qualifies and prev_mark_on is not null
union all
select 'sustainable', mentee_id, project_id, 'gap', mark_on, prev_mark_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification, record_key
from stat_placement where qualifies and prev_mark_on is not null
union all
-- an employer belongs to one project: its contact days count for that project and for all projects
select 'employers', employer_id, s.project_id, k.link,
       case k.link when 'resumed' then prev_on else occurred_on end,
       case k.link when 'gap' then prev_on end,
       district_ags, false, false, null, null, null, null, null, 0
from stat_employer_day d
cross join lateral (values (d.project_id), (null::uuid)) s (project_id)
cross join lateral (values ('first'::varchar(8)), ('ended'), ('resumed'), ('gap')) k (link)
where (k.link = 'first' and prev_on is null) or k.link = 'ended' or (k.link in ('resumed', 'gap') and prev_on is not null);

-- Each link in the cells it belongs to: in total and by district; for all projects' mentees also by each
-- attribute of the mentee.
create view stat_cell_source as
select l.key_result, l.owner_id, l.project_id, l.link, d.dimension, d.value,
       date_trunc('month', l.cell_on)::date as month, date_trunc('month', l.previous_on)::date as previous_month,
       l.female, l.no_qualification, l.record_key
from stat_link l
cross join lateral (values
    ('none'::varchar(16), null::varchar(24)),
    ('district', l.district_ags::varchar(24)),
    ('gender', l.gender::varchar(24)),
    ('birth_year', l.year_of_birth::varchar(24)),
    ('nationality', l.nationality::varchar(24)),
    ('residence_status', l.residence_status::varchar(24)),
    ('qualification', l.qualification::varchar(24))) d (dimension, value)
where d.dimension in ('none', 'district') or (l.project_id is null and l.key_result <> 'employers');

-- The one writer of cells: adds (sign +1) or takes away (sign -1) the links of some owners' fact rows, or
-- of all of them (owners null, after the cells were emptied). Writers take turns (a transaction-scoped
-- advisory lock) so that two of them never wait for each other's cells.
create function stat_add_cells(key_results varchar[], owners uuid[], sign integer) returns void language sql as $$
    select pg_advisory_xact_lock(hashtext('amm.statistics.cells'));
    insert into stat_cell as c (key_result, link, project_id, dimension, value, month, previous_month, female,
                                no_qualification, n, key_sum)
    select key_result, link, project_id, dimension, value, month, previous_month, female, no_qualification,
           sign * count(*), sign * sum(record_key)
    from stat_cell_source
    where key_result = any(key_results) and (owners is null or owner_id = any(owners))
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9
    on conflict (key_result, link, project_id, dimension, value, month, previous_month, female, no_qualification)
        do update set n = c.n + excluded.n, key_sum = c.key_sum + excluded.key_sum;
$$;

create or replace function stat_refresh_mentees(ids uuid[]) returns void language sql as $$
    select stat_add_cells('{supported,placed,sustainable}', ids, -1);
    delete from stat_episode where mentee_id = any(ids);
    insert into stat_episode select * from stat_episode_source where mentee_id = any(ids);
    delete from stat_placement where mentee_id = any(ids);
    insert into stat_placement select * from stat_placement_source where mentee_id = any(ids);
    select stat_add_cells('{supported,placed,sustainable}', ids, 1);
$$;

create or replace function stat_refresh_employers(ids uuid[]) returns void language sql as $$
    select stat_add_cells('{employers}', ids, -1);
    delete from stat_employer_day where employer_id = any(ids);
    insert into stat_employer_day select * from stat_employer_day_source where employer_id = any(ids);
    select stat_add_cells('{employers}', ids, 1);
$$;

-- Activities by topic change by the activities a statement added (+1) or removed (-1), with their keys.
create or replace function stat_count_topics(changes jsonb) returns void language sql as $$
    insert into stat_topic_day as d (project_id, occurred_on, topic, activities, key_sum)
    select (c ->> 'project_id')::uuid, (c ->> 'occurred_on')::date, c ->> 'topic', sum((c ->> 'delta')::int),
           sum((c ->> 'delta')::int * (c ->> 'key')::bigint)
    from jsonb_array_elements(changes) c
    group by 1, 2, 3
    on conflict (project_id, occurred_on, topic)
        do update set activities = d.activities + excluded.activities, key_sum = d.key_sum + excluded.key_sum;
    insert into stat_topic_month as m (project_id, month, topic, activities, key_sum)
    select (c ->> 'project_id')::uuid, date_trunc('month', (c ->> 'occurred_on')::date)::date, c ->> 'topic',
           sum((c ->> 'delta')::int), sum((c ->> 'delta')::int * (c ->> 'key')::bigint)
    from jsonb_array_elements(changes) c
    group by 1, 2, 3
    on conflict (project_id, month, topic)
        do update set activities = m.activities + excluded.activities, key_sum = m.key_sum + excluded.key_sum;
$$;

create or replace function stat_on_activity_records() returns trigger language plpgsql as $$
begin
    if stat_deferred() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform stat_refresh_employers(array(select distinct employer_id from new_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(jsonb_build_object('project_id', project_id,
            'occurred_on', occurred_on, 'topic', topic, 'delta', 1, 'key', stat_record_key(id))), '[]')
            from new_rows, unnest(topics) topic));
    elsif tg_op = 'DELETE' then
        perform stat_refresh_employers(array(select distinct employer_id from old_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(jsonb_build_object('project_id', project_id,
            'occurred_on', occurred_on, 'topic', topic, 'delta', -1, 'key', stat_record_key(id))), '[]')
            from old_rows, unnest(topics) topic));
    else
        perform stat_refresh_employers(array(
            select employer_id from old_rows where employer_id is not null
            union select employer_id from new_rows where employer_id is not null));
        perform stat_count_topics((select coalesce(jsonb_agg(change), '[]') from (
            select jsonb_build_object('project_id', project_id, 'occurred_on', occurred_on, 'topic', topic,
                                      'delta', -1, 'key', stat_record_key(id))
            from old_rows, unnest(topics) topic
            union all
            select jsonb_build_object('project_id', project_id, 'occurred_on', occurred_on, 'topic', topic,
                                      'delta', 1, 'key', stat_record_key(id))
            from new_rows, unnest(topics) topic) as changes (change)));
    end if;
    return null;
end $$;

-- After a bulk load (demo data, benchmark, import) that ran with amm.statistics_deferred = 'on'.
create or replace function stat_rebuild() returns void language sql as $$
    truncate stat_episode, stat_placement, stat_employer_day, stat_topic_day, stat_topic_month, stat_cell;
    insert into stat_episode select * from stat_episode_source;
    insert into stat_placement select * from stat_placement_source;
    insert into stat_employer_day select * from stat_employer_day_source;
    insert into stat_topic_day (project_id, occurred_on, topic, activities, key_sum)
        select project_id, occurred_on, topic, count(*), sum(stat_record_key(id))
        from activity, unnest(topics) as topic group by 1, 2, 3;
    insert into stat_topic_month (project_id, month, topic, activities, key_sum)
        select project_id, date_trunc('month', occurred_on)::date, topic, sum(activities), sum(key_sum)
        from stat_topic_day group by 1, 2, 3;
    analyze stat_episode;
    analyze stat_placement;
    analyze stat_employer_day;
    analyze stat_topic_day;
    analyze stat_topic_month;
    select stat_add_cells('{supported,placed,sustainable,employers}', null, 1);
    analyze stat_cell;
$$;

alter table stat_episode alter column record_key drop default;
alter table stat_placement alter column record_key drop default;
alter table stat_placement alter column placement_key drop default;

select stat_rebuild();
