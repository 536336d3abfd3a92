-- A generation shows it is alive by updating this after every batch; a silent one was cut off by a restart.
alter table exchange_generation_job add column updated_at timestamptz not null default now();
