-- One node at a time for the periodic sweeps of every module (ShedLock's JDBC lock table, as its documentation
-- gives it for PostgreSQL; times are the database's, in UTC).
create table shared_scheduler_lock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
