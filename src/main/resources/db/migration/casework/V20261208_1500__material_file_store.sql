-- Where a material's bytes live (MaterialFileStore): in the row (DATABASE, as before) or in a file under the data
-- folder named by its SHA-256 (DATA_FOLDER, content then null).
alter table casework_material alter column content drop not null;
alter table casework_material add column stored_in varchar(12) not null default 'DATABASE'
    check (stored_in in ('DATABASE', 'DATA_FOLDER'));
alter table casework_material add constraint casework_material_bytes_somewhere
    check ((stored_in = 'DATABASE') = (content is not null));
