-- Local projects (Projekte vor Ort) with their public contact data and map position.
create table project (
    id                uuid          primary key,
    name              varchar(200)  not null,
    carrier           varchar(200)  not null,
    street            varchar(200)  not null,
    postal_code       char(5)       not null,
    city              varchar(100)  not null,
    phone             varchar(40),
    email             varchar(254),
    website           varchar(500),
    office_hours      varchar(500),
    languages         varchar(3)[]  not null default '{}',
    latitude          numeric(8, 6) not null,
    longitude         numeric(9, 6) not null,
    mentor_positions  numeric(5, 2),
    yearly_funding    numeric(12, 2),
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint project_name_unique unique (name),
    constraint project_postal_code_format check (postal_code ~ '^[0-9]{5}$'),
    constraint project_latitude_range check (latitude between -90 and 90),
    constraint project_longitude_range check (longitude between -180 and 180),
    constraint project_mentor_positions_positive check (mentor_positions is null or mentor_positions >= 0),
    constraint project_yearly_funding_positive check (yearly_funding is null or yearly_funding >= 0)
);

-- The districts a project serves.
create table project_district (
    project_id    uuid    not null references project (id) on delete cascade,
    district_ags  char(5) not null references district (ags),
    primary key (project_id, district_ags)
);

create index project_district_by_district on project_district (district_ags);
