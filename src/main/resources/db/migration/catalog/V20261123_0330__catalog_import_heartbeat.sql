-- An import shows it is alive by updating this as it goes; a silent one was cut off by a restart.
alter table catalog_import_job add column updated_at timestamptz not null default now();
