-- A nation-scale dataset for the statistics benchmark (scripts/benchmark statistics), generated inside
-- PostgreSQL on a migrated, empty database: 200 projects with 5 mentors each, 100,000 employers,
-- 1,000,000 mentees, 1,200,000 cases, 5,000,000 contacts, 600,000 placements with their follow-ups,
-- spread over ten years up to today. Values come from hashes of the row number, so every run builds
-- the same data (relative to the day it runs). The statistics triggers are deferred during the load
-- and the fact tables are rebuilt once at the end, as the demo-data loader does.
\set ON_ERROR_STOP on
\timing on

set amm.statistics_deferred = 'on';
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

-- id(kind, n): a stable UUID (version 7 layout) per table and row number; rows are inserted in id order
create function pg_temp.id(kind int, n bigint) returns uuid language sql immutable as $$
    select (lpad(to_hex(kind), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid
$$;
-- h(n, salt): a pseudo-random non-negative int for row n
create function pg_temp.h(n bigint, salt int) returns int language sql immutable as $$
    select hashint8(n * 31 + salt) & 2147483647
$$;
-- the day mentee i registered: evenly over the ten years before today
create function pg_temp.registered(i bigint) returns date language sql stable as $$
    select current_date - 3650 + ((i - 1) * 3650 / 1000000)::int
$$;
create function pg_temp.project_of(i bigint) returns int language sql immutable as $$
    select 1 + pg_temp.h(i, 5) % 200
$$;

create temporary table bench_project as
select k, pg_temp.id(1, k) as id, d.ags
from generate_series(1, 200) k
join (select row_number() over (order by ags) - 1 as n, ags from district) d on d.n = (k - 1) % 13;

insert into project (id, name, carrier, street, postal_code, city, phone, email, website, office_hours,
                     languages, latitude, longitude, mentor_positions, yearly_funding)
select id, 'Benchmark-Projekt ' || k, 'Träger ' || k, 'Hauptstraße ' || k, lpad((1000 + k)::text, 5, '0'),
       'Ort ' || k, null, 'projekt' || k || '@bench.example', null, null, '{de,en}',
       50.2 + (pg_temp.h(k, 1) % 1000) / 1000.0 * 1.4, 12.0 + (pg_temp.h(k, 2) % 1000) / 1000.0 * 3.0, 5, 250000
from bench_project;
insert into project_district (project_id, district_ags) select id, ags from bench_project;

insert into person (id, keycloak_user_id, display_name, email)
select pg_temp.id(2, n), null, 'Mentor ' || n, null from generate_series(1, 1000) n;
insert into project_membership (id, project_id, person_id, role, started_on)
select pg_temp.id(3, n), pg_temp.id(1, 1 + (n - 1) / 5), pg_temp.id(2, n),
       case when n % 5 = 1 then 'project_lead' else 'mentor' end, current_date - 3650
from generate_series(1, 1000) n;

-- employer e belongs to project 1 + (e - 1) % 200
insert into employer (id, project_id, name, sector, size_class, district_ags)
select pg_temp.id(4, e), p.id, 'Betrieb ' || e, chr(65 + pg_temp.h(e, 8) % 21),
       (array['micro', 'small', 'medium', 'large'])[1 + pg_temp.h(e, 9) % 4], p.ags
from generate_series(1, 100000) e join bench_project p on p.k = 1 + (e - 1) % 200;

insert into mentee (id, project_id, pseudonym, first_name, last_name, gender, year_of_birth, nationality,
                    residence_status, qualification, german_level, district_ags, referral_source, created_at)
select pg_temp.id(5, i), p.id, 'B' || lpad(i::text, 8, '0'),
       (array['Amina', 'Omar', 'Yana', 'Ali', 'Fatima', 'Dmytro', 'Sara', 'Hamid'])[1 + pg_temp.h(i, 10) % 8],
       (array['Haddad', 'Kovalenko', 'Rahimi', 'Mansour', 'Tesfaye', 'Nowak', 'Yilmaz'])[1 + pg_temp.h(i, 11) % 7],
       case when pg_temp.h(i, 12) % 100 < 35 then 'female' when pg_temp.h(i, 12) % 100 < 97 then 'male'
            when pg_temp.h(i, 12) % 100 < 98 then 'diverse' else 'not_stated' end,
       1960 + pg_temp.h(i, 13) % 46,
       (array['SY', 'AF', 'UA', 'IQ', 'ER', 'IR', 'TR', 'RU', 'VE', 'SO', 'PL', 'VN'])[1 + pg_temp.h(i, 14) % 12],
       (array['asylum_seeker', 'tolerated', 'humanitarian', 'other_permit', 'settlement_permit',
              'eu_free_movement', 'german_citizen', 'other_unknown'])[1 + pg_temp.h(i, 15) % 8],
       (array['none', 'none', 'none', 'vocational_abroad', 'vocational_abroad', 'academic_abroad',
              'german_vocational', 'german_academic', null])[1 + pg_temp.h(i, 16) % 9],
       (array['none', 'a1', 'a2', 'b1', 'b2', 'c1'])[1 + pg_temp.h(i, 17) % 6],
       case when pg_temp.h(i, 18) % 10 = 0 then (select ags from bench_project where k = 1 + pg_temp.h(i, 19) % 13)
            else p.ags end,
       'jobcenter', pg_temp.registered(i)
from generate_series(1, 1000000) i join bench_project p on p.k = pg_temp.project_of(i);

-- every mentee's first case starts when they registered; every fifth mentee has a second case:
-- those with i % 10 = 5 whose first case ended get it in the same project later, the others in the next
-- project, possibly overlapping the first
create temporary table bench_case as
select i, 1 as no, pg_temp.project_of(i) as k, pg_temp.registered(i) as started_on,
       case when pg_temp.registered(i) + 30 + pg_temp.h(i, 2) % 700 < current_date
            then pg_temp.registered(i) + 30 + pg_temp.h(i, 2) % 700 end as ended_on
from generate_series(1, 1000000) i;
insert into bench_case
select i, 2, case when same then k else k % 200 + 1 end, s,
       case when s + 30 + pg_temp.h(i, 4) % 600 < current_date then s + 30 + pg_temp.h(i, 4) % 600 end
from (select i, k, i % 10 = 5 and ended_on is not null as same,
             least(case when i % 10 = 5 and ended_on is not null then ended_on + 30 + pg_temp.h(i, 3) % 400
                        else started_on + pg_temp.h(i, 3) % 500 end,
                   current_date - pg_temp.h(i, 20) % 10) as s
      from bench_case where i % 5 = 0) c;

insert into mentee_project (mentee_id, project_id)
select distinct pg_temp.id(5, c.i), p.id from bench_case c join bench_project p on p.k = c.k;

insert into case_file (id, project_id, mentee_id, lead_mentor_id, started_on, ended_on, closing_reason)
select pg_temp.id(6, c.no * 1000000 + c.i), p.id, pg_temp.id(5, c.i),
       pg_temp.id(2, (c.k - 1) * 5 + 1 + pg_temp.h(c.i, 21) % 5), c.started_on, c.ended_on,
       case when c.ended_on is not null
            then (array['placed_stable', 'moved_away', 'unreachable', 'no_longer_wanted', 'other'])[1 + pg_temp.h(c.i, 22) % 5]
       end
from bench_case c join bench_project p on p.k = c.k
order by c.no, c.i;

-- 4,500,000 contacts with mentees (about every two months while they are supported), 500,000 with employers
insert into activity (id, project_id, mentee_id, employer_id, mentor_id, occurred_on, duration_minutes, channel, topics)
select pg_temp.id(7, n), p.id, pg_temp.id(5, i), null, pg_temp.id(2, (p.k - 1) * 5 + 1 + pg_temp.h(n, 23) % 5),
       least(pg_temp.registered(i) + (n - 1) / 1000000 * 60 + pg_temp.h(n, 24) % 60, current_date),
       15 + pg_temp.h(n, 25) % 90, (array['in_person', 'phone', 'video', 'message'])[1 + pg_temp.h(n, 26) % 4],
       case when pg_temp.h(n, 27) % 3 = 0
            then array[(array['job_search', 'applications', 'recognition', 'language_course', 'vocational_training',
                              'residence_law', 'childcare', 'housing', 'authority_accompaniment', 'social_benefits',
                              'health', 'other'])[1 + pg_temp.h(n, 28) % 12], 'job_search']::varchar[]
            else array[(array['job_search', 'applications', 'recognition', 'language_course', 'vocational_training',
                              'residence_law', 'childcare', 'housing', 'authority_accompaniment', 'social_benefits',
                              'health', 'other'])[1 + pg_temp.h(n, 28) % 12]]::varchar[] end
from (select n, (n - 1) % 1000000 + 1 as i from generate_series(1, 4500000) n) a
join bench_project p on p.k = pg_temp.project_of(a.i);
insert into activity (id, project_id, mentee_id, employer_id, mentor_id, occurred_on, duration_minutes, channel, topics)
select pg_temp.id(7, 4500000 + n), p.id, null, pg_temp.id(4, e), pg_temp.id(2, (p.k - 1) * 5 + 1 + pg_temp.h(n, 29) % 5),
       current_date - 1 - pg_temp.h(n, 30) % 3650, 15 + pg_temp.h(n, 31) % 60,
       (array['in_person', 'phone', 'video'])[1 + pg_temp.h(n, 32) % 3], '{employer_advice}'
from (select n, (n - 1) % 100000 + 1 as e from generate_series(1, 500000) n) a
join bench_project p on p.k = 1 + (a.e - 1) % 200;

-- 600,000 placements: 500,000 mentees get one, the first 100,000 of them a second one later
create temporary table bench_placement as
select n, i, k, t.type, s as started_on,
       case when pg_temp.h(n, 35) % 10 >= 6 and s + 30 + pg_temp.h(n, 36) % 900 < current_date
            then s + 30 + pg_temp.h(n, 36) % 900 end as ended_on
from (select n, i, pg_temp.project_of(i) as k,
             least(pg_temp.registered(i) + 60 + pg_temp.h(i, 33) % 340 + case when n > 500000 then 200 + pg_temp.h(n, 34) % 400 else 0 end,
                   current_date - pg_temp.h(n, 37) % 20) as s
      from (select n, ((n - 1) % 500000) * 7 % 1000000 + 1 as i from generate_series(1, 600000) n) x) y
cross join lateral (select (array['employment', 'employment', 'employment', 'employment', 'employment',
                                  'vocational_training', 'vocational_training', 'self_employment',
                                  'marginal_employment', 'entry_qualification', 'internship'])[1 + pg_temp.h(n, 38) % 11] as type) t;

insert into placement (id, project_id, mentee_id, employer_id, type, started_on, ended_on, end_reason, weekly_hours, occupation)
select pg_temp.id(8, b.n), p.id, pg_temp.id(5, b.i),
       case when b.type <> 'self_employment' then pg_temp.id(4, b.k + 200 * (pg_temp.h(b.n, 39) % 500)) end,
       b.type, b.started_on, b.ended_on,
       case when b.ended_on is not null
            then (array['contract_ended', 'resigned', 'dismissed', 'other'])[1 + pg_temp.h(b.n, 40) % 4] end,
       case when b.type = 'marginal_employment' then 10 else 39 end, 'Fachkraft'
from bench_placement b join bench_project p on p.k = b.k
order by b.n;

-- follow-ups 3, 6 and 12 months after each start, recorded when due before today
insert into follow_up (id, project_id, placement_id, mentee_id, months, due_on, checked_on, result)
select pg_temp.id(9, b.n * 100 + m.months), p.id, pg_temp.id(8, b.n), pg_temp.id(5, b.i), m.months, d.due_on,
       case when d.due_on < current_date then d.due_on end,
       case when d.due_on < current_date then
            case when b.ended_on is null or b.ended_on >= d.due_on
                 then case when pg_temp.h(b.n, 41) % 20 = 0 then 'not_reachable' else 'still_there' end
                 else 'left' end end
from bench_placement b
join bench_project p on p.k = b.k
cross join (values (3::smallint), (6::smallint), (12::smallint)) m (months)
cross join lateral (select (b.started_on + make_interval(months => m.months))::date as due_on) d
where d.due_on < current_date + 90;

select stat_rebuild();
-- statistics and visibility maps of the loaded tables (the system catalogs are not the owner's to vacuum)
vacuum analyze project, person, project_membership, employer, mentee, mentee_project, case_file, activity,
    placement, follow_up, stat_episode, stat_placement, stat_employer_day, stat_topic_day, stat_topic_month,
    stat_cell, stat_gap_cell;

select (select count(*) from project) as projects, (select count(*) from employer) as employers,
       (select count(*) from mentee) as mentees, (select count(*) from case_file) as cases,
       (select count(*) from activity) as contacts, (select count(*) from placement) as placements,
       (select count(*) from follow_up) as follow_ups, (select count(*) from stat_episode) as episode_facts,
       (select count(*) from stat_placement) as placement_facts;
