-- Background generation of synthetic people on demand (1 M, 25 M for benchmarks), with progress.
create table exchange_generation_job (
    id           uuid          primary key,
    target       bigint        not null,
    first_index  bigint        not null,
    loaded       bigint        not null default 0,
    state        varchar(12)   not null,
    message      varchar(1000),
    started_by   varchar(200)  not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz
);
