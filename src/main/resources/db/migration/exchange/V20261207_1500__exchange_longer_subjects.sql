-- Subjects of registers other modules keep are longer than identity numbers and credit codes: a licence is named
-- by its GB/T 36904 identifier (about 75 characters).
alter table exchange_access_log alter column subject type varchar(100);
