-- The records mentors keep every day: mentees, employers, cases, contacts (activities), placements,
-- follow-ups and referrals. Every record belongs to one project (project_id); a mentee belongs to the
-- project that registered them and to every project with a case of theirs (mentee_project).
-- Codes are those of the API's code lists (GET /api/v1/code-lists).

create table mentee (
    id                   uuid          primary key,
    project_id           uuid          not null references project (id),
    pseudonym            varchar(12)   not null,
    -- personal data: visible to the mentee's projects only
    first_name           varchar(100)  not null,
    last_name            varchar(100)  not null,
    birth_date           date,
    phone                varchar(40),
    email                varchar(254),
    address              varchar(300),
    languages            varchar(3)[]  not null default '{}',
    notes                varchar(4000),
    -- reporting attributes
    gender               varchar(16)   not null,
    year_of_birth        smallint,
    nationality          char(2),
    residence_status     varchar(24),
    qualification        varchar(24),
    recognition_status   varchar(16),
    german_level         varchar(8),
    district_ags         char(5)       references district (ags),
    referral_source      varchar(24),
    consent_given_on     date,
    consent_scopes       varchar(24)[] not null default '{}',
    consent_withdrawn_on date,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    constraint mentee_pseudonym_unique unique (pseudonym),
    constraint mentee_gender check (gender in ('female', 'male', 'diverse', 'not_stated')),
    constraint mentee_year_of_birth check (year_of_birth between 1900 and 2100),
    constraint mentee_birth_date_matches_year check (birth_date is null or year_of_birth = extract(year from birth_date)),
    constraint mentee_nationality check (nationality ~ '^[A-Z]{2}$'),
    constraint mentee_residence_status check (residence_status in ('asylum_seeker', 'tolerated', 'humanitarian',
        'other_permit', 'settlement_permit', 'eu_free_movement', 'german_citizen', 'other_unknown')),
    constraint mentee_qualification check (qualification in ('none', 'vocational_abroad', 'academic_abroad',
        'german_vocational', 'german_academic')),
    constraint mentee_recognition_status check (recognition_status in ('not_applicable', 'not_started',
        'in_progress', 'partial', 'full', 'rejected')),
    constraint mentee_german_level check (german_level in ('none', 'a1', 'a2', 'b1', 'b2', 'c1', 'c2')),
    constraint mentee_referral_source check (referral_source in ('jobcenter', 'employment_agency',
        'immigration_office', 'migration_counselling', 'employer', 'self', 'other')),
    constraint mentee_consent_scopes check (consent_scopes <@ array['mentoring', 'employer_contact',
        'authority_contact', 'statistics']::varchar[]),
    constraint mentee_consent_dates check (consent_withdrawn_on is null
        or (consent_given_on is not null and consent_withdrawn_on >= consent_given_on))
);

create index mentee_by_project on mentee (project_id);
create index mentee_by_name on mentee (lower(last_name), lower(first_name));
create index mentee_by_district on mentee (district_ags);

-- Which projects may see a mentee: the registering project and every project with a case of theirs.
create table mentee_project (
    mentee_id   uuid not null references mentee (id) on delete cascade,
    project_id  uuid not null references project (id),
    primary key (mentee_id, project_id)
);

create index mentee_project_by_project on mentee_project (project_id, mentee_id);

create table employer (
    id             uuid          primary key,
    project_id     uuid          not null references project (id),
    name           varchar(200)  not null,
    sector         char(1),
    size_class     varchar(8),
    district_ags   char(5)       references district (ags),
    contact_name   varchar(200),
    contact_phone  varchar(40),
    contact_email  varchar(254),
    notes          varchar(4000),
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint employer_sector check (sector ~ '^[A-U]$'),
    constraint employer_size_class check (size_class in ('micro', 'small', 'medium', 'large'))
);

create index employer_by_project on employer (project_id, lower(name));

-- A case (Betreuung): one mentee supported by one project from a start to an end date.
create table case_file (
    id              uuid         primary key,
    project_id      uuid         not null references project (id),
    mentee_id       uuid         not null references mentee (id) on delete cascade,
    lead_mentor_id  uuid         not null references person (id),
    started_on      date         not null,
    ended_on        date,
    closing_reason  varchar(24),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint case_file_dates check (ended_on is null or ended_on >= started_on),
    constraint case_file_closing check ((ended_on is null) = (closing_reason is null)),
    constraint case_file_closing_reason check (closing_reason in ('placed_stable', 'moved_away', 'unreachable',
        'no_longer_wanted', 'other'))
);

-- never two open cases of one mentee in one project
create unique index case_file_one_open_per_project on case_file (mentee_id, project_id) where ended_on is null;
create index case_file_by_mentee on case_file (mentee_id, started_on);
create index case_file_open_by_lead on case_file (lead_mentor_id) where ended_on is null;
create index case_file_by_project on case_file (project_id, started_on);

-- Other mentors who help with a case.
create table case_assistant (
    case_id    uuid not null references case_file (id) on delete cascade,
    person_id  uuid not null references person (id),
    primary key (case_id, person_id)
);

-- A contact (Kontakt) with a mentee and/or an employer and/or an authority.
create table activity (
    id                 uuid           primary key,
    project_id         uuid           not null references project (id),
    mentee_id          uuid           references mentee (id) on delete cascade,
    employer_id        uuid           references employer (id),
    authority          varchar(200),
    mentor_id          uuid           references person (id),
    occurred_on        date           not null,
    duration_minutes   integer        not null,
    channel            varchar(16)    not null,
    topics             varchar(32)[]  not null default '{}',
    note               varchar(4000),
    version            bigint         not null default 0,
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    constraint activity_with_someone check (mentee_id is not null or employer_id is not null or authority is not null),
    constraint activity_duration check (duration_minutes between 1 and 1440),
    constraint activity_channel check (channel in ('in_person', 'phone', 'video', 'message')),
    constraint activity_topics check (topics <@ array['job_search', 'applications', 'recognition', 'language_course',
        'vocational_training', 'residence_law', 'childcare', 'housing', 'authority_accompaniment', 'employer_advice',
        'social_benefits', 'health', 'other']::varchar[])
);

create index activity_by_mentee on activity (mentee_id, occurred_on);
create index activity_by_employer on activity (employer_id, occurred_on);
create index activity_by_project on activity (project_id, occurred_on);

-- A placement (Vermittlung): a mentee starts at an employer.
create table placement (
    id                 uuid          primary key,
    project_id         uuid          not null references project (id),
    mentee_id          uuid          not null references mentee (id) on delete cascade,
    employer_id        uuid          references employer (id),
    type               varchar(24)   not null,
    started_on         date          not null,
    ended_on           date,
    end_reason         varchar(24),
    weekly_hours       numeric(4, 1),
    occupation         varchar(200),
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint placement_type check (type in ('employment', 'vocational_training', 'self_employment',
        'marginal_employment', 'entry_qualification', 'internship')),
    constraint placement_dates check (ended_on is null or ended_on >= started_on),
    constraint placement_end check ((ended_on is null) = (end_reason is null)),
    constraint placement_end_reason check (end_reason in ('contract_ended', 'resigned', 'dismissed',
        'training_completed', 'training_aborted', 'other')),
    constraint placement_weekly_hours check (weekly_hours > 0 and weekly_hours <= 60),
    constraint placement_employer check (employer_id is not null or type = 'self_employment')
);

create index placement_by_mentee on placement (mentee_id, started_on);
create index placement_by_project on placement (project_id, started_on);
create index placement_by_employer on placement (employer_id);

-- Follow-ups (Verbleibskontrollen) 3, 6 and 12 months after a placement starts.
create table follow_up (
    id            uuid          primary key,
    project_id    uuid          not null references project (id),
    placement_id  uuid          not null references placement (id) on delete cascade,
    mentee_id     uuid          not null references mentee (id) on delete cascade,
    months        smallint      not null,
    due_on        date          not null,
    checked_on    date,
    result        varchar(16),
    note          varchar(2000),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint follow_up_months check (months in (3, 6, 12)),
    constraint follow_up_once unique (placement_id, months),
    constraint follow_up_result check (result in ('still_there', 'left', 'not_reachable')),
    constraint follow_up_recorded check ((checked_on is null) = (result is null))
);

create index follow_up_open_by_due on follow_up (project_id, due_on) where result is null;
create index follow_up_by_mentee on follow_up (mentee_id, due_on);

-- A mentee sent on to another integration service.
create table referral (
    id            uuid          primary key,
    project_id    uuid          not null references project (id),
    mentee_id     uuid          not null references mentee (id) on delete cascade,
    referred_on   date          not null,
    provider      varchar(200)  not null,
    topic         varchar(200)  not null,
    note          varchar(2000),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);

create index referral_by_mentee on referral (mentee_id, referred_on);

-- Append-only audit trail: who did what to which record, when, in which project. No personal data:
-- the actor is the Keycloak user id, the record is named by type and id only.
create table audit_event (
    id           bigint       generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(64)  not null,
    actor_roles  varchar(100) not null,
    action       varchar(8)   not null,
    entity       varchar(16)  not null,
    entity_id    uuid         not null,
    project_id   uuid,
    constraint audit_event_action check (action in ('create', 'read', 'update', 'delete'))
);

create index audit_event_by_project on audit_event (project_id, occurred_at);
create index audit_event_by_entity on audit_event (entity_id, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

-- Idempotency-Key: the first answer to a POST, replayed when the client sends the same key again.
create table idempotency_record (
    caller        varchar(64)   not null,
    key           varchar(100)  not null,
    request_hash  char(64)      not null,
    status        smallint      not null,
    location      varchar(500),
    body          text,
    created_at    timestamptz   not null default now(),
    primary key (caller, key)
);

create index idempotency_record_by_age on idempotency_record (created_at);
