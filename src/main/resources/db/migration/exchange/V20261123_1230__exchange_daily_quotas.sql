-- A daily quota per consumer system (null: none) beside the per-minute rate limit, counted in the database so
-- that every node sees the same count.
alter table exchange_client add column daily_quota int check (daily_quota is null or daily_quota > 0);

create table exchange_client_usage (
    client_id  varchar(64) not null references exchange_client (client_id) on delete cascade,
    day        date        not null,
    calls      int         not null,
    primary key (client_id, day)
);
