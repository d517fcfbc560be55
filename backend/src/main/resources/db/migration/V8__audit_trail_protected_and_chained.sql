-- The application works as its own database role (${appRole}), not as the owner of the schema that runs the
-- migrations: it may read and change the records, but the audit trail only grows. Every audit row names the
-- reader's project and the person concerned, and rows are sealed into a hash chain that shows the first broken
-- link if a row is ever changed or removed (docs/gdpr.md).

-- --- The application's role ------------------------------------------------------------------------------
grant usage on schema public to ${appRole};
grant select, insert, update, delete on all tables in schema public to ${appRole};
grant usage, select on all sequences in schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};
revoke update, delete, truncate on audit_event from ${appRole};
revoke all on flyway_schema_history from ${appRole};

-- The statistics' rebuild empties and analyses derived tables: it runs with the owner's rights.
alter function stat_rebuild() security definer;
alter function stat_rebuild() set search_path = public;

-- --- The audit trail ---------------------------------------------------------------------------------------
alter table audit_event drop constraint audit_event_action;
alter table audit_event
    add column reader_project_id uuid,
    add column mentee_id uuid,
    add column sealed_seq bigint,
    add column hash bytea,
    add constraint audit_event_action
        check (action in ('create', 'read', 'update', 'delete', 'refused', 'export', 'erase', 'withdraw')),
    add constraint audit_event_sealed unique (sealed_seq);
alter table audit_event alter column entity type varchar(24);
alter table audit_event alter column entity_id drop not null;

comment on column audit_event.project_id is 'the project of the record touched';
comment on column audit_event.reader_project_id is 'the project through which the actor touched it (null: programme-wide roles)';
comment on column audit_event.mentee_id is 'the person concerned, where the record belongs to a mentee';

create index audit_event_by_mentee on audit_event (mentee_id, occurred_at) where mentee_id is not null;
create index audit_event_by_actor on audit_event (actor, occurred_at);
create index audit_event_unsealed on audit_event (id) where sealed_seq is null;

-- Neither the owner's statements nor the application's may change or remove a row; only the sealer sets the
-- chain's columns of unsealed rows, once.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('amm.audit.sealing', true), '') = 'on'
            and old.sealed_seq is null and old.hash is null
            and row(new.id, new.occurred_at, new.actor, new.actor_roles, new.action, new.entity, new.entity_id,
                    new.project_id, new.reader_project_id, new.mentee_id)
                is not distinct from
                row(old.id, old.occurred_at, old.actor, old.actor_roles, old.action, old.entity, old.entity_id,
                    old.project_id, old.reader_project_id, old.mentee_id) then
        return new;
    end if;
    raise exception 'audit_event is append-only';
end $$;

drop trigger audit_event_append_only on audit_event;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_not_truncated before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- The content a row's hash covers, in one fixed text form.
create function audit_event_content(e audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     e.actor, e.actor_roles, e.action, e.entity, coalesce(e.entity_id::text, ''),
                     coalesce(e.project_id::text, ''), coalesce(e.reader_project_id::text, ''),
                     coalesce(e.mentee_id::text, ''))
$$;

-- Seals unsealed rows in the order they were written: each row's hash covers the previous row's hash and its
-- own content. Runs with the owner's rights; the application may call it but not change a row itself.
create function audit_seal(batch integer) returns integer language plpgsql security definer
    set search_path = public as $$
declare
    previous bytea;
    seq bigint;
    sealed integer := 0;
    e audit_event;
begin
    perform pg_advisory_xact_lock(hashtext('amm.audit.seal'));
    perform set_config('amm.audit.sealing', 'on', true);
    select a.sealed_seq, a.hash into seq, previous
    from audit_event a where a.sealed_seq is not null order by a.sealed_seq desc limit 1;
    seq := coalesce(seq, 0);
    previous := coalesce(previous, '\x'::bytea);
    for e in select * from audit_event where sealed_seq is null order by id limit batch loop
        seq := seq + 1;
        previous := sha256(previous || convert_to(audit_event_content(e), 'UTF8'));
        update audit_event set sealed_seq = seq, hash = previous where id = e.id;
        sealed := sealed + 1;
    end loop;
    perform set_config('amm.audit.sealing', 'off', true);
    return sealed;
end $$;

-- Walks the chain: the first row whose hash does not follow from its predecessor and content, or whose
-- sequence number has a gap (a row removed), or null when every link holds.
create function audit_first_broken_link() returns table (sealed_seq bigint, event_id bigint, reason text)
    language plpgsql stable as $$
declare
    previous bytea := '\x'::bytea;
    expected bigint := 1;
    e audit_event;
begin
    for e in select * from audit_event a where a.sealed_seq is not null order by a.sealed_seq loop
        if e.sealed_seq <> expected then
            return query select expected, e.id, 'a sealed row is missing'::text;
            return;
        end if;
        previous := sha256(previous || convert_to(audit_event_content(e), 'UTF8'));
        if previous <> e.hash then
            return query select e.sealed_seq, e.id, 'the row does not match its hash'::text;
            return;
        end if;
        expected := expected + 1;
    end loop;
end $$;

select audit_seal(1000000);
