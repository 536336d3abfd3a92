-- The exchange's access log (访问日志): one row for every subject whose data was read, or asked for and refused,
-- written by the very statement that reads the data, so no read leaves without its record. Rows are append-only
-- and sealed in blocks into the kernel's hash-chained audit trail (ADR 0009).
create table exchange_access_log (
    id              bigint        generated always as identity,
    -- the writing transaction: a block is sealed only when every transaction below its bound has ended
    tx              xid8          not null default pg_current_xact_id(),
    occurred_at     timestamptz   not null,
    consumer        varchar(32)   not null,
    actor           varchar(200)  not null,
    acting_for      varchar(200),
    channel         varchar(12)   not null,
    resource_code   varchar(40)   not null,
    grant_id        bigint,
    subject         varchar(30)   not null,
    purpose         varchar(500)  not null,
    fields          varchar(60)[] not null,
    outcome         varchar(12)   not null,
    client_address  varchar(64),
    primary key (tx, id)
);

create index exchange_access_log_subject on exchange_access_log (subject, id desc);

create function exchange_access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger exchange_access_log_no_update_or_delete
    before update or delete on exchange_access_log
    for each row execute function exchange_access_log_is_append_only();

create trigger exchange_access_log_no_truncate
    before truncate on exchange_access_log
    for each statement execute function exchange_access_log_is_append_only();

-- Seals: block n covers the rows whose transaction lies in [from_tx, to_tx); its digest chains on block n-1's,
-- and the audit trail entry audit_seq records the same digest.
create table exchange_access_seal (
    block            bigint       primary key,
    from_tx          xid8         not null,
    to_tx            xid8         not null,
    entries          bigint       not null,
    algorithm        varchar(16)  not null,
    previous_digest  char(64)     not null,
    digest           char(64)     not null,
    audit_seq        bigint       not null,
    sealed_at        timestamptz  not null
);

create trigger exchange_access_seal_no_update_or_delete
    before update or delete on exchange_access_seal
    for each row execute function exchange_access_log_is_append_only();

-- Grants: the service items an access serves, whether the consumer may also replicate by the change feed, and
-- grants replaced by a newer one for the same resource and consumer.
alter table exchange_grant add column service_items varchar(60)[] not null default '{}';
alter table exchange_grant add column sync boolean not null default false;
alter table exchange_grant add column superseded_by bigint references exchange_grant (id);

-- The change feed orders changes by writing transaction and then by change number, and serves only changes of
-- transactions below the oldest one still running: a change that commits late is never skipped.
alter table exchange_person add column change_tx xid8 not null default pg_current_xact_id();
alter table exchange_legal_person add column change_tx xid8 not null default pg_current_xact_id();
alter table exchange_address add column change_tx xid8 not null default pg_current_xact_id();

drop index exchange_person_change;
drop index exchange_legal_person_change;
create index exchange_person_change on exchange_person (change_tx, change_seq);
create index exchange_legal_person_change on exchange_legal_person (change_tx, change_seq);
create index exchange_address_change on exchange_address (change_tx, change_seq);

create or replace function exchange_touch_change() returns trigger language plpgsql as $$
begin
    new.change_seq := nextval('exchange_change_seq');
    new.change_tx := pg_current_xact_id();
    new.updated_at := now();
    return new;
end;
$$;

create function exchange_touch_address() returns trigger language plpgsql as $$
begin
    new.change_seq := nextval('exchange_change_seq');
    new.change_tx := pg_current_xact_id();
    return new;
end;
$$;

create trigger exchange_address_changed before update on exchange_address
    for each row execute function exchange_touch_address();

-- Lookups by coordinates: the nearest standard addresses in and around a grid cell.
create index exchange_address_position on exchange_address (latitude, longitude);

-- The standard address code (标准地址编码): district and a serial, the key a lookup of the spatial register names.
alter table exchange_address add column address_code varchar(16)
    generated always as (division_code || lpad(id::text, 10, '0')) stored;
create unique index exchange_address_code on exchange_address (address_code);
