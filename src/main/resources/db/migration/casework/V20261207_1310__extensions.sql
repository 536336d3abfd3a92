-- Extensions of a branch's limit (延长办理时限): asked by the staff handling it, approved or denied by the
-- department's head; an approved one adds its working days to the branch's statutory clock.
create table casework_extension (
    id                bigint        generated always as identity primary key,
    branch_id         bigint        not null references casework_branch (id),
    case_number       varchar(24)   not null references casework_case (number),
    department        varchar(32)   not null,
    working_days      int           not null check (working_days between 1 and 10),
    reason            varchar(500)  not null,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    status            varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DENIED')),
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_note     varchar(500)
);

-- one request at a time per branch, and one approved extension per branch
create unique index casework_extension_pending on casework_extension (branch_id) where status = 'PENDING';
create unique index casework_extension_approved on casework_extension (branch_id) where status = 'APPROVED';
create index casework_extension_department on casework_extension (department, status, requested_at);
