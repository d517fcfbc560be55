-- Monthly counts over the fact tables of V5, so that the key results of a long period read a few
-- thousand cells instead of a million fact rows. Each fact row is a chain link: a day x (an episode's
-- start, a counting placement's start, its six-month mark, an employer's contact day), the day p of the
-- same mentee's (employer's) previous link, and for episodes an exit day y (the end). For a period F..T,
-- the mentees (employers) counted are
--     A(T) - B(F) + C(F) - S(F, T)
-- A(T): first links (no p) with x <= T;  B(F): links with y < F (y = x except for episodes);
-- C(F): later links with p < F;          S(F, T): later links with p < F and x > T (a gap spanning F..T).
-- A, B and C are sums of monthly cells (kinds 'A', 'B', 'C' of stat_cell), S a sum of cells by the
-- months of p and x (stat_gap_cell); the partial months at the edges of a period come from the fact rows.
-- Cells are keyed by what the key results can be filtered by: project (null: all projects), district,
-- female, without qualification. Each cell is also kept summed over the districts (district_ags '*'), so
-- that figures without a district read a few thousand cells. StatisticsCells explains the sums; the
-- randomized test holds them to a plain computation of the definitions.

create table stat_cell (
    figure            char(1)  not null,  -- S supported, P placed, Q sustainably integrated, E employers
    project_id        uuid,
    kind              char(1)  not null,  -- A, B or C (see above)
    month             date     not null,
    district_ags      char(5),            -- '*': all districts
    female            boolean  not null,
    no_qualification  boolean  not null,
    n                 integer  not null,
    constraint stat_cell_key unique nulls not distinct
        (figure, project_id, kind, month, district_ags, female, no_qualification)
);

create index stat_cell_by_scope on stat_cell (project_id, district_ags, month);

create table stat_gap_cell (
    figure            char(1)  not null,
    project_id        uuid,
    prev_month        date     not null,  -- month of p
    month             date     not null,  -- month of x
    district_ags      char(5),
    female            boolean  not null,
    no_qualification  boolean  not null,
    n                 integer  not null,
    constraint stat_gap_cell_key unique nulls not distinct
        (figure, project_id, prev_month, month, district_ags, female, no_qualification)
);

create index stat_gap_cell_by_scope on stat_gap_cell (project_id, district_ags, prev_month);

-- The mentee figures of all projects also by one attribute of the mentee at a time (G gender, Y year of
-- birth, N nationality, R residence status, Q qualification), for the breakdowns by these attributes.
-- A mentee has one value of each, so the sums above hold within each value.
create table stat_attribute_cell (
    figure            char(1)      not null,
    attribute         char(1)      not null,
    kind              char(1)      not null,
    month             date         not null,
    value             varchar(24),
    female            boolean      not null,
    no_qualification  boolean      not null,
    n                 integer      not null,
    constraint stat_attribute_cell_key unique nulls not distinct
        (figure, attribute, kind, month, value, female, no_qualification)
);

create index stat_attribute_cell_by_month on stat_attribute_cell (attribute, month);

create table stat_attribute_gap_cell (
    figure            char(1)      not null,
    attribute         char(1)      not null,
    prev_month        date         not null,
    month             date         not null,
    value             varchar(24),
    female            boolean      not null,
    no_qualification  boolean      not null,
    n                 integer      not null,
    constraint stat_attribute_gap_cell_key unique nulls not distinct
        (figure, attribute, prev_month, month, value, female, no_qualification)
);

create index stat_attribute_gap_cell_by_prev on stat_attribute_gap_cell (attribute, prev_month);

-- The links of every fact row, one row per link kind; "day" is x, y or p, "x" the link's own day.
create view stat_link as
select 'S'::char(1) as figure, mentee_id as owner_id, project_id, 'A'::char(1) as kind, started_on as day,
       started_on as x, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_episode where prev_ended_on is null
union all
select 'S', mentee_id, project_id, 'B', ended_on, started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_episode where ended_on <> 'infinity'
union all
select 'S', mentee_id, project_id, 'C', prev_ended_on, started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_episode where prev_ended_on is not null
union all
select 'P', mentee_id, project_id, 'A', started_on, started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where counting and prev_started_on is null
union all
select 'P', mentee_id, project_id, 'B', started_on, started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where counting
union all
select 'P', mentee_id, project_id, 'C', prev_started_on, started_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where counting and prev_started_on is not null
union all
select 'Q', mentee_id, project_id, 'A', mark_on, mark_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where qualifies and prev_mark_on is null
union all
select 'Q', mentee_id, project_id, 'B', mark_on, mark_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where qualifies
union all
select 'Q', mentee_id, project_id, 'C', prev_mark_on, mark_on, district_ags, female, no_qualification,
       gender, year_of_birth, nationality, residence_status, qualification
from stat_placement where qualifies and prev_mark_on is not null
union all
-- an employer belongs to one project: its contact days count for that project and for all projects
select 'E', employer_id, s.project_id, k.kind, case k.kind when 'C' then prev_on else occurred_on end, occurred_on,
       district_ags, false, false, null, null, null, null, null
from stat_employer_day d
cross join lateral (values (d.project_id), (null::uuid)) s (project_id)
cross join lateral (values ('A'::char(1)), ('B'), ('C')) k (kind)
where (k.kind = 'A' and prev_on is null) or k.kind = 'B' or (k.kind = 'C' and prev_on is not null);

-- Every link once in its district and once more in all districts ('*').
create view stat_link_by_district as
select l.figure, l.owner_id, l.project_id, l.kind, l.day, l.x, d.district_ags, l.female, l.no_qualification
from stat_link l
cross join lateral (values (l.district_ags), ('*'::char(5))) d (district_ags);

-- The links of all projects' mentee figures, once per attribute.
create view stat_link_by_attribute as
select l.figure, l.owner_id, l.kind, l.day, l.x, a.attribute, a.value, l.female, l.no_qualification
from stat_link l
cross join lateral (values ('G'::char(1), l.gender::varchar(24)), ('Y', l.year_of_birth::varchar(24)),
                           ('N', l.nationality::varchar(24)), ('R', l.residence_status), ('Q', l.qualification))
    a (attribute, value)
where l.project_id is null and l.figure <> 'E';

-- Adds the cells of the links of some owners (mentees or employers), with a sign: -1 before their fact
-- rows are replaced, +1 after. Writers take turns (a transaction-scoped advisory lock) so that two of
-- them never wait for each other's cells.
create function stat_add_cells(figures char(1)[], owners uuid[], sign integer) returns void language sql as $$
    select pg_advisory_xact_lock(hashtext('amm.statistics.cells'));
    insert into stat_cell as c (figure, project_id, kind, month, district_ags, female, no_qualification, n)
    select figure, project_id, kind, date_trunc('month', day)::date, district_ags, female, no_qualification,
           sign * count(*)
    from stat_link_by_district
    where owner_id = any(owners) and figure = any(figures)
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (figure, project_id, kind, month, district_ags, female, no_qualification)
        do update set n = c.n + excluded.n;
    insert into stat_gap_cell as c (figure, project_id, prev_month, month, district_ags, female, no_qualification, n)
    select figure, project_id, date_trunc('month', day)::date, date_trunc('month', x)::date, district_ags, female,
           no_qualification, sign * count(*)
    from stat_link_by_district
    where owner_id = any(owners) and figure = any(figures) and kind = 'C'
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (figure, project_id, prev_month, month, district_ags, female, no_qualification)
        do update set n = c.n + excluded.n;
    insert into stat_attribute_cell as c (figure, attribute, kind, month, value, female, no_qualification, n)
    select figure, attribute, kind, date_trunc('month', day)::date, value, female, no_qualification, sign * count(*)
    from stat_link_by_attribute
    where owner_id = any(owners) and figure = any(figures)
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (figure, attribute, kind, month, value, female, no_qualification)
        do update set n = c.n + excluded.n;
    insert into stat_attribute_gap_cell as c (figure, attribute, prev_month, month, value, female, no_qualification, n)
    select figure, attribute, date_trunc('month', day)::date, date_trunc('month', x)::date, value, female,
           no_qualification, sign * count(*)
    from stat_link_by_attribute
    where owner_id = any(owners) and figure = any(figures) and kind = 'C'
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (figure, attribute, prev_month, month, value, female, no_qualification)
        do update set n = c.n + excluded.n;
$$;

create or replace function stat_refresh_mentees(ids uuid[]) returns void language sql as $$
    select stat_add_cells('{S,P,Q}', ids, -1);
    delete from stat_episode where mentee_id = any(ids);
    insert into stat_episode select * from stat_episode_source where mentee_id = any(ids);
    delete from stat_placement where mentee_id = any(ids);
    insert into stat_placement select * from stat_placement_source where mentee_id = any(ids);
    select stat_add_cells('{S,P,Q}', ids, 1);
$$;

create or replace function stat_refresh_employers(ids uuid[]) returns void language sql as $$
    select stat_add_cells('{E}', ids, -1);
    delete from stat_employer_day where employer_id = any(ids);
    insert into stat_employer_day select * from stat_employer_day_source where employer_id = any(ids);
    select stat_add_cells('{E}', ids, 1);
$$;

create function stat_rebuild_cells() returns void language sql as $$
    truncate stat_cell, stat_gap_cell, stat_attribute_cell, stat_attribute_gap_cell;
    insert into stat_cell (figure, project_id, kind, month, district_ags, female, no_qualification, n)
    select figure, project_id, kind, date_trunc('month', day)::date, district_ags, female, no_qualification, count(*)
    from stat_link_by_district
    group by 1, 2, 3, 4, 5, 6, 7;
    insert into stat_gap_cell (figure, project_id, prev_month, month, district_ags, female, no_qualification, n)
    select figure, project_id, date_trunc('month', day)::date, date_trunc('month', x)::date, district_ags, female,
           no_qualification, count(*)
    from stat_link_by_district
    where kind = 'C'
    group by 1, 2, 3, 4, 5, 6, 7;
    insert into stat_attribute_cell (figure, attribute, kind, month, value, female, no_qualification, n)
    select figure, attribute, kind, date_trunc('month', day)::date, value, female, no_qualification, count(*)
    from stat_link_by_attribute
    group by 1, 2, 3, 4, 5, 6, 7;
    insert into stat_attribute_gap_cell (figure, attribute, prev_month, month, value, female, no_qualification, n)
    select figure, attribute, date_trunc('month', day)::date, date_trunc('month', x)::date, value, female,
           no_qualification, count(*)
    from stat_link_by_attribute
    where kind = 'C'
    group by 1, 2, 3, 4, 5, 6, 7;
    analyze stat_cell;
    analyze stat_gap_cell;
    analyze stat_attribute_cell;
    analyze stat_attribute_gap_cell;
$$;

create or replace function stat_rebuild() returns void language sql as $$
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
    select stat_rebuild_cells();
$$;

-- The partial months at a period's edges are read from the fact rows by these days.
create index stat_episode_all_by_start on stat_episode (started_on) where project_id is null;
create index stat_episode_all_by_prev on stat_episode (prev_ended_on) where project_id is null and prev_ended_on is not null;
create index stat_episode_by_project_start on stat_episode (project_id, started_on) where project_id is not null;
create index stat_episode_by_project_prev on stat_episode (project_id, prev_ended_on)
    where project_id is not null and prev_ended_on is not null;
create index stat_placement_all_by_prev on stat_placement (prev_started_on)
    where project_id is null and prev_started_on is not null;
create index stat_placement_all_by_prev_mark on stat_placement (prev_mark_on)
    where project_id is null and prev_mark_on is not null;
create index stat_placement_by_project_prev on stat_placement (project_id, prev_started_on)
    where project_id is not null and prev_started_on is not null;
create index stat_placement_by_project_prev_mark on stat_placement (project_id, prev_mark_on)
    where project_id is not null and prev_mark_on is not null;
create index stat_employer_day_by_prev on stat_employer_day (prev_on) include (occurred_on, project_id, district_ags)
    where prev_on is not null;

select stat_rebuild_cells();
