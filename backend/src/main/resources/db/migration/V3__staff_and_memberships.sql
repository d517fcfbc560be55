-- Staff: mentors, project leads, integration clients. A person is linked to a Keycloak user once
-- they have an account (keycloak_user_id is the token's "sub").
create table person (
    id                uuid          primary key,
    keycloak_user_id  varchar(64),
    display_name      varchar(200)  not null,
    email             varchar(254),
    created_at        timestamptz   not null default now(),
    constraint person_keycloak_user_unique unique (keycloak_user_id)
);

create unique index person_email_unique on person (lower(email)) where email is not null;

-- Who works in which project, in which role, from when to when. Ending a membership (ended_on set)
-- ends the access to that project's records at once: every request reads the open memberships.
create table project_membership (
    id          uuid         primary key,
    project_id  uuid         not null references project (id),
    person_id   uuid         not null references person (id),
    role        varchar(16)  not null,
    started_on  date         not null default current_date,
    ended_on    date,
    created_at  timestamptz  not null default now(),
    constraint project_membership_role check (role in ('mentor', 'project_lead', 'integration')),
    constraint project_membership_dates check (ended_on is null or ended_on >= started_on)
);

create unique index project_membership_active_unique
    on project_membership (project_id, person_id) where ended_on is null;
create index project_membership_by_person on project_membership (person_id) where ended_on is null;
