-- Documents of a mentee's case (CV, certificates, signed forms). The metadata belongs to one project like the
-- project's other records; the bytes sit in their own table behind the DocumentStore interface, so that an
-- S3-compatible store could take them over. Both go with the mentee (hard delete) and with erasure.
create table document (
    id           uuid          primary key,
    project_id   uuid          not null references project (id),
    mentee_id    uuid          not null references mentee (id) on delete cascade,
    kind         varchar(20)   not null,
    file_name    varchar(200)  not null,
    media_type   varchar(40)   not null,
    size_bytes   integer       not null,
    sha256       char(64)      not null,
    uploaded_by  uuid          references person (id),
    uploaded_at  timestamptz   not null,
    version      bigint        not null default 0,
    constraint document_kind check (kind in ('cv', 'certificate', 'consent_form', 'other')),
    constraint document_media_type check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    constraint document_size check (size_bytes between 1 and 10485760)
);
create index document_by_mentee on document (mentee_id, project_id);

create table document_content (
    document_id  uuid   primary key references document (id) on delete cascade,
    content      bytea  not null
);

grant select, insert, update, delete on document, document_content to ${appRole};
