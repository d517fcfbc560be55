-- Transfers between projects: a mentee who moves is handed over by one project and accepted (or declined) by the
-- other. The mentee stays one person (one row in mentee, counted once in every figure); on acceptance the
-- receiving project sees the mentee and opens its own case, the handing-over project's open case ends as
-- 'transferred', and each project keeps its own records.
create table transfer (
    id               uuid           primary key,
    mentee_id        uuid           not null references mentee (id) on delete cascade,
    from_project_id  uuid           not null references project (id),
    to_project_id    uuid           not null references project (id),
    requested_by     uuid           references person (id),
    requested_on     date           not null,
    note             varchar(2000),
    status           varchar(12)    not null default 'requested',
    decided_by       uuid           references person (id),
    decided_on       date,
    decline_reason   varchar(2000),
    case_id          uuid           references case_file (id) on delete set null,
    version          bigint         not null default 0,
    created_at       timestamptz    not null default now(),
    constraint transfer_projects check (from_project_id <> to_project_id),
    constraint transfer_status check (status in ('requested', 'accepted', 'declined', 'cancelled')),
    constraint transfer_decision check ((status = 'requested') = (decided_on is null))
);
create unique index transfer_open_once on transfer (mentee_id, to_project_id) where status = 'requested';
create index transfer_incoming on transfer (to_project_id, status);
create index transfer_outgoing on transfer (from_project_id, status);

alter table case_file drop constraint case_file_closing_reason;
alter table case_file add constraint case_file_closing_reason check (closing_reason in ('placed_stable',
    'moved_away', 'unreachable', 'no_longer_wanted', 'consent_withdrawn', 'transferred', 'other'));

grant select, insert, update, delete on transfer to ${appRole};
