-- Authenticator secrets are sealed (AES-256-GCM, shared.crypto.SecretBox) and no longer fit 64 characters;
-- signing keys (text) are sealed in place. Rows written before stay readable and are sealed at the next start.
alter table identity_staff_totp alter column secret type varchar(300);

-- Wrong second-factor codes in a row; at govhall.sign-in.max-failed-attempts the staff account is locked like
-- after wrong passwords, and the count starts again.
alter table identity_staff_totp add column failed_attempts int not null default 0;

-- The per-address limit on codes counts by address.
create index identity_one_time_code_address on identity_one_time_code (client_address, created_at);
