-- A material proved by an electronic licence the applicant holds, attached by reference (with consent) instead of a
-- file: the licence's identifier, and its credential kept as the material's content.
alter table casework_material add column licence_identifier varchar(100);
