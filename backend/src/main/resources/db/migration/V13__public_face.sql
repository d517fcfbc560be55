-- The programme's public face (issue 12): offices of the projects on the public map, the directory of
-- integration services around the programme, postal codes to districts, employers' enquiries, and the outcome
-- of a referral to a service of the directory.

-- A project's offices. The main office mirrors the project's own address, position, phone and office hours
-- (kept in step by the triggers below); further offices (branches) are maintained with the project.
create table project_office (
    id             uuid          primary key,
    project_id     uuid          not null references project (id) on delete cascade,
    main           boolean       not null default false,
    label          varchar(200),
    street         varchar(200)  not null,
    postal_code    char(5)       not null,
    city           varchar(100)  not null,
    phone          varchar(40),
    opening_hours  varchar(500),
    latitude       numeric(8, 6) not null,
    longitude      numeric(9, 6) not null,
    position       integer       not null default 0,
    constraint project_office_postal_code_format check (postal_code ~ '^[0-9]{5}$'),
    constraint project_office_latitude_range check (latitude between -90 and 90),
    constraint project_office_longitude_range check (longitude between -180 and 180)
);

create unique index project_office_one_main on project_office (project_id) where main;
create index project_office_by_project on project_office (project_id, position);

insert into project_office (id, project_id, main, street, postal_code, city, phone, opening_hours, latitude, longitude)
select gen_random_uuid(), id, true, street, postal_code, city, phone, office_hours, latitude, longitude from project;

create or replace function project_main_office_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into project_office (id, project_id, main, street, postal_code, city, phone, opening_hours,
                                    latitude, longitude)
        values (gen_random_uuid(), new.id, true, new.street, new.postal_code, new.city, new.phone,
                new.office_hours, new.latitude, new.longitude);
    else
        update project_office
           set street = new.street, postal_code = new.postal_code, city = new.city, phone = new.phone,
               opening_hours = new.office_hours, latitude = new.latitude, longitude = new.longitude
         where project_id = new.id and main;
    end if;
    return null;
end $$;

create trigger project_main_office after insert or update of street, postal_code, city, phone, office_hours,
    latitude, longitude on project for each row execute function project_main_office_sync();

-- Postal code areas of Saxony, by prefix (the longest matching prefix decides). An area that crosses a district
-- border goes to the district it mostly lies in.
create table postal_code_area (
    prefix        varchar(5) primary key,
    district_ags  char(5)    not null references district (ags),
    constraint postal_code_area_prefix check (prefix ~ '^[0-9]{2,5}$')
);

insert into postal_code_area (prefix, district_ags) values
    -- Dresden
    ('010', '14612'), ('011', '14612'), ('012', '14612'), ('013', '14612'), ('01465', '14612'),
    -- Meißen
    ('014', '14627'), ('015', '14627'), ('016', '14627'), ('01454', '14625'), ('01458', '14625'),
    -- Sächsische Schweiz-Osterzgebirge
    ('017', '14628'), ('018', '14628'),
    -- Bautzen
    ('019', '14625'), ('026', '14625'), ('0297', '14625'), ('0298', '14625'), ('0299', '14625'),
    -- Görlitz
    ('027', '14626'), ('028', '14626'), ('029', '14626'),
    -- Leipzig
    ('041', '14713'), ('042', '14713'), ('043', '14713'),
    -- Leipzig (Landkreis)
    ('044', '14729'), ('045', '14729'), ('046', '14729'), ('048', '14729'),
    -- Nordsachsen
    ('04425', '14730'), ('04435', '14730'), ('0450', '14730'), ('0451', '14730'), ('047', '14730'),
    ('0483', '14730'), ('0484', '14730'), ('0485', '14730'), ('0486', '14730'), ('0487', '14730'),
    ('0488', '14730'), ('0489', '14730'),
    -- Mittelsachsen
    ('0470', '14522'), ('0472', '14522'), ('0473', '14522'), ('0474', '14522'), ('0921', '14522'),
    ('0923', '14522'), ('0924', '14522'), ('093', '14522'), ('0955', '14522'), ('0956', '14522'),
    ('0957', '14522'), ('0959', '14522'), ('096', '14522'),
    -- Chemnitz
    ('091', '14511'), ('0922', '14511'), ('09247', '14511'),
    -- Erzgebirgskreis
    ('0827', '14521'), ('0828', '14521'), ('0829', '14521'), ('083', '14521'), ('0936', '14521'),
    ('0937', '14521'), ('0938', '14521'), ('0939', '14521'), ('094', '14521'), ('095', '14521'),
    ('09221', '14521'), ('09235', '14521'), ('09579', '14521'),
    -- Zwickau
    ('080', '14524'), ('081', '14524'), ('0837', '14524'), ('0839', '14524'), ('0841', '14524'),
    ('0842', '14524'), ('0845', '14524'), ('0933', '14524'), ('0935', '14524'), ('09212', '14524'),
    -- Vogtlandkreis
    ('082', '14523'), ('0846', '14523'), ('0848', '14523'), ('0849', '14523'), ('085', '14523'), ('086', '14523');

-- The directory of integration services around the programme (Angebote): public; maintained by the coordination
-- entity for all districts and by project leads for the districts of their projects.
create table integration_service (
    id             uuid          primary key,
    name           varchar(200)  not null,
    provider       varchar(200)  not null,
    kind           varchar(32)   not null,
    description    varchar(2000),
    street         varchar(200)  not null,
    postal_code    char(5)       not null,
    city           varchar(100)  not null,
    latitude       numeric(8, 6) not null,
    longitude      numeric(9, 6) not null,
    phone          varchar(40),
    email          varchar(254),
    website        varchar(500),
    opening_hours  varchar(500),
    languages      varchar(3)[]  not null default '{}',
    target_groups  varchar(32)[] not null default '{}',
    demo           boolean       not null default false,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint integration_service_kind check (kind in ('jobcenter', 'employment_agency', 'recognition_counselling',
        'iq_network', 'migration_counselling', 'language_course', 'immigration_office')),
    constraint integration_service_postal_code_format check (postal_code ~ '^[0-9]{5}$'),
    constraint integration_service_latitude_range check (latitude between -90 and 90),
    constraint integration_service_longitude_range check (longitude between -180 and 180)
);

create table integration_service_district (
    service_id    uuid    not null references integration_service (id) on delete cascade,
    district_ags  char(5) not null references district (ags),
    primary key (service_id, district_ags)
);

create index integration_service_district_by_district on integration_service_district (district_ags);
create index integration_service_by_kind on integration_service (kind);

-- An employer's enquiry from the public page "Fachkräfte finden": a lead in the responsible project's inbox.
create table employer_enquiry (
    id            uuid          primary key,
    project_id    uuid          not null references project (id) on delete cascade,
    district_ags  char(5)       not null references district (ags),
    company       varchar(200)  not null,
    contact_name  varchar(200)  not null,
    email         varchar(254),
    phone         varchar(40),
    message       varchar(2000) not null,
    status        varchar(12)   not null default 'new',
    received_at   timestamptz   not null,
    version       bigint        not null default 0,
    updated_at    timestamptz   not null default now(),
    constraint employer_enquiry_status check (status in ('new', 'contacted', 'closed')),
    constraint employer_enquiry_reachable check (email is not null or phone is not null)
);

create index employer_enquiry_inbox on employer_enquiry (project_id, status, received_at desc);

-- A referral may name a service of the directory, and records what became of it.
alter table referral
    add column service_id uuid references integration_service (id) on delete set null,
    add column outcome varchar(12) not null default 'waiting',
    add constraint referral_outcome check (outcome in ('waiting', 'accepted', 'completed', 'declined'));

create index referral_by_project on referral (project_id, referred_on);
