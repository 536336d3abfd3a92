-- The audit trail (审计日志): append-only and hash-chained. Owned by the shared kernel.
create table shared_audit_entry (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    acting_for     varchar(200),
    action         varchar(100) not null,
    object_type    varchar(100),
    object_id      varchar(200),
    purpose        varchar(500),
    outcome        varchar(20)  not null,
    details        jsonb        not null default '{}'::jsonb,
    client_address varchar(64),
    algorithm      varchar(16)  not null,
    previous_hash  char(64)     not null,
    hash           char(64)     not null unique
);

create index shared_audit_entry_actor on shared_audit_entry (actor, seq desc);
create index shared_audit_entry_action on shared_audit_entry (action, seq desc);
create index shared_audit_entry_object on shared_audit_entry (object_type, object_id, seq desc);
create index shared_audit_entry_time on shared_audit_entry (occurred_at);

-- Nobody, the application included, may change or remove an entry. (A database superuser can still get
-- round this; the hash chain is what detects it.)
create function shared_audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger shared_audit_entry_no_update_or_delete
    before update or delete on shared_audit_entry
    for each row execute function shared_audit_entry_is_append_only();

create trigger shared_audit_entry_no_truncate
    before truncate on shared_audit_entry
    for each statement execute function shared_audit_entry_is_append_only();
