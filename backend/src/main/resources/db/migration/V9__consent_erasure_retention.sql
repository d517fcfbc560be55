-- Consent as versioned records, erasure by anonymisation, retention runs, slim idempotency rows (docs/gdpr.md).

-- --- Consent ------------------------------------------------------------------------------------------------
-- One row per scope of one declaration: what the mentee agreed to, in which version of the consent text, from
-- when, and (once withdrawn) until when. A declaration (declaration_id) is what the mentee signed at once; its
-- signed form is optional. A scope is active while a row of it has no withdrawal; giving it again after a
-- withdrawal is a new row, so the history stays complete. Consenting again to a newer version of the text ends
-- the older row (withdrawn_on is then the day of the new one, and superseded_by names it).
create table consent (
    id                      uuid          primary key,
    declaration_id          uuid          not null,
    mentee_id               uuid          not null references mentee (id) on delete cascade,
    project_id              uuid          not null references project (id),
    scope                   varchar(16)   not null,
    text_version            varchar(40)   not null,
    given_on                date          not null,
    recorded_by             uuid          references person (id),
    recorded_at             timestamptz   not null,
    withdrawn_on            date,
    withdrawal_recorded_by  uuid          references person (id),
    withdrawal_recorded_at  timestamptz,
    superseded_by           uuid,
    constraint consent_scope check (scope in ('counselling', 'jobcenter', 'employers', 'referral', 'transfer')),
    constraint consent_withdrawal check (withdrawn_on is null or withdrawn_on >= given_on)
);
create unique index consent_active_once on consent (mentee_id, scope) where withdrawn_on is null;
create index consent_by_declaration on consent (declaration_id);

create table consent_form (
    declaration_id  uuid          primary key,
    mentee_id       uuid          not null references mentee (id) on delete cascade,
    media_type      varchar(40)   not null,
    content         bytea         not null,
    uploaded_by     uuid          references person (id),
    uploaded_at     timestamptz   not null,
    constraint consent_form_media_type check (media_type in ('application/pdf', 'image/png', 'image/jpeg'))
);

-- The three consent columns become the first declaration of each mentee who had one. The old scopes map onto the
-- new ones (mentoring: counselling, employer contact: employers, authority contact: Jobcenter and authorities);
-- "statistics" is no consent scope any more: the programme's figures are anonymous and rest on its funding
-- mandate. The text version of these declarations is not known.
insert into consent (id, declaration_id, mentee_id, project_id, scope, text_version, given_on, recorded_at,
                     withdrawn_on, withdrawal_recorded_at)
select gen_random_uuid(), d.declaration_id, d.id, d.project_id, s.scope, 'unbekannt (übernommen)',
       d.consent_given_on, d.created_at, d.consent_withdrawn_on,
       case when d.consent_withdrawn_on is not null then d.updated_at end
from (select m.*, gen_random_uuid() as declaration_id from mentee m where m.consent_given_on is not null) d
cross join lateral (
    select distinct case old when 'mentoring' then 'counselling' when 'employer_contact' then 'employers'
                                 when 'authority_contact' then 'jobcenter' end as scope
    from unnest(d.consent_scopes) as old
    where old <> 'statistics'
) s;

alter table mentee drop constraint mentee_consent_scopes;
alter table mentee drop constraint mentee_consent_dates;
alter table mentee drop column consent_given_on, drop column consent_scopes, drop column consent_withdrawn_on;

-- --- Erasure ------------------------------------------------------------------------------------------------
-- An anonymised mentee keeps the reporting attributes and the shape of their case work (dates, types, topics),
-- so every figure stays as it was; names, contact data, the birth date, notes and documents are gone.
alter table mentee add column anonymised_on date;
alter table mentee add constraint mentee_anonymised_has_no_name
    check (anonymised_on is null or (first_name = '' and last_name = '' and birth_date is null and phone is null
        and email is null and address is null and notes is null));

alter table case_file drop constraint case_file_closing_reason;
alter table case_file add constraint case_file_closing_reason check (closing_reason in ('placed_stable',
    'moved_away', 'unreachable', 'no_longer_wanted', 'consent_withdrawn', 'other'));

-- --- Retention ------------------------------------------------------------------------------------------------
-- One row per run of a scheduled job: with two backends on one database, the one whose insert lands runs it.
create table scheduled_run (
    job          varchar(40)   not null,
    run_key      varchar(64)   not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    outcome      varchar(400),
    primary key (job, run_key)
);

-- --- Idempotency --------------------------------------------------------------------------------------------
-- A replay answers with the record as it is now; the stored first answer keeps no body (names were in it).
alter table idempotency_record drop column body;

grant select, insert, update, delete on consent, consent_form, scheduled_run to ${appRole};
