-- Funding phases of the programme (Förderphasen). Reference data: changes only by migration.
create table programme_phase (
    code       varchar(16)  primary key,
    name_de    varchar(100) not null,
    name_en    varchar(100) not null,
    starts_on  date         not null,
    ends_on    date         not null,
    constraint programme_phase_dates check (ends_on >= starts_on)
);

insert into programme_phase (code, name_de, name_en, starts_on, ends_on) values
    ('model',  'Modellprogramm',  'Model programme',     date '2016-11-01', date '2019-12-31'),
    ('phase2', '2. Förderphase',  'Second funding phase', date '2020-01-01', date '2024-12-31'),
    ('phase3', '3. Förderphase',  'Third funding phase',  date '2025-01-01', date '2027-12-31');

-- The 13 Saxon districts (10 Landkreise, 3 kreisfreie Städte), keyed by the official AGS code.
create table district (
    ags   char(5)      primary key,
    name  varchar(100) not null unique,
    kind  varchar(8)   not null,
    constraint district_ags_format check (ags ~ '^[0-9]{5}$'),
    constraint district_kind check (kind in ('city', 'rural'))
);

insert into district (ags, name, kind) values
    ('14511', 'Chemnitz',                          'city'),
    ('14521', 'Erzgebirgskreis',                   'rural'),
    ('14522', 'Mittelsachsen',                     'rural'),
    ('14523', 'Vogtlandkreis',                     'rural'),
    ('14524', 'Zwickau',                           'rural'),
    ('14612', 'Dresden',                           'city'),
    ('14625', 'Bautzen',                           'rural'),
    ('14626', 'Görlitz',                           'rural'),
    ('14627', 'Meißen',                            'rural'),
    ('14628', 'Sächsische Schweiz-Osterzgebirge',  'rural'),
    ('14713', 'Leipzig',                           'city'),
    ('14729', 'Leipzig (Landkreis)',               'rural'),
    ('14730', 'Nordsachsen',                       'rural');
