-- Staff self-service: a staff member changes their own password; a temporary password an administrator sets
-- must be changed at the next sign-in.
alter table identity_staff_account
    add column password_change_required boolean     not null default false,
    add column password_changed_at      timestamptz;
