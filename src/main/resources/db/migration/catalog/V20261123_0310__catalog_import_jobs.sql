-- Imports run in the background and report their progress here, so that any node can show it.
create table catalog_import_job (
    id          uuid         primary key,
    file_name   varchar(255) not null,
    format      varchar(8)   not null,
    state       varchar(12)  not null,
    total       int          not null default 0,
    processed   int          not null default 0,
    report      jsonb,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    finished_at timestamptz
);
