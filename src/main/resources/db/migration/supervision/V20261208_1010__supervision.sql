-- Electronic supervision (电子监察): the branches of cases it watches, kept in step with casework's events and
-- ledger; their warning levels; supervision notices (督办); alerts to department heads and supervisors; daily
-- figures for the statistics; the working-day calendar as ordinals, so that the sweep counts days in SQL.

create table supervision_branch (
    branch_id       bigint       primary key,          -- casework's branch (a reference, not a foreign key)
    case_number     varchar(24)  not null,
    stage           int          not null,
    item_code       varchar(30)  not null,
    item_name       varchar(200) not null,
    department      varchar(32)  not null,
    bundle_code     varchar(40),
    division_code   varchar(6)   not null,
    applicant_kind  varchar(10)  not null,
    channel         varchar(10)  not null,
    submitted_on    date         not null,
    started_on      date,
    status          varchar(14)  not null,
    is_open         boolean      not null,
    promised_limit  int          not null,
    legal_limit     int          not null,
    extension       int          not null default 0,
    due_on          date,
    legal_due_on    date,
    paused          boolean      not null default false,
    used_days       int          not null default 0,
    corrections     int          not null default 0,
    closed_on       date,
    refused         boolean      not null default false,
    holder          varchar(100),
    -- NONE | YELLOW | RED, recalculated by the sweep
    level           varchar(6)   not null default 'NONE',
    level_since     timestamptz,
    synced_at       timestamptz  not null
) with (fillfactor = 70);  -- room on each page, so that the sweep's level changes are heap-only (HOT) updates

create index supervision_branch_watch on supervision_branch (due_on) where is_open and not paused;
-- no index names level or level_since: the sweep changes them, and an indexed column would make every change
-- touch every index (the board reads the open branches through supervision_branch_watch)
create index supervision_branch_received on supervision_branch (submitted_on, department, item_code, division_code);
create index supervision_branch_closed on supervision_branch (closed_on, department, item_code, division_code)
    where closed_on is not null;
create index supervision_branch_case on supervision_branch (case_number);

-- every level a branch reached, as raised by a sweep
create table supervision_warning (
    id              bigint       generated always as identity primary key,
    branch_id       bigint       not null,
    case_number     varchar(24)  not null,
    department      varchar(32)  not null,
    level           varchar(6)   not null check (level in ('YELLOW', 'RED')),
    due_on          date,
    raised_at       timestamptz  not null
);

create index supervision_warning_branch on supervision_warning (branch_id, raised_at);

-- 督办: a supervisor's notice to a department, answered within a number of working days or escalated
create table supervision_notice (
    id              uuid         primary key,
    number          varchar(20)  not null unique,
    department      varchar(32)  not null,
    case_number     varchar(24),
    subject         varchar(200) not null,
    body            varchar(2000) not null,
    issued_by       varchar(100) not null,
    issued_at       timestamptz  not null,
    answer_days     int          not null,
    answer_due_on   date         not null,
    answer          varchar(2000),
    answered_by     varchar(100),
    answered_at     timestamptz,
    escalated_at    timestamptz,
    version         int          not null default 0
);

create index supervision_notice_department on supervision_notice (department, issued_at desc);
create index supervision_notice_unanswered on supervision_notice (answer_due_on)
    where answered_at is null and escalated_at is null;

-- what the heads of a department (department set) or the supervisors (department null) are told in the hall
create table supervision_alert (
    id              bigint       generated always as identity primary key,
    department      varchar(32),
    kind            varchar(20)  not null,
    message_zh      varchar(500) not null,
    message_en      varchar(500) not null,
    link            varchar(200),
    created_at      timestamptz  not null
);

create index supervision_alert_for on supervision_alert (department, created_at desc);

-- the calendar as ordinals: working days up to and including the day, 2000–2040
create table supervision_workday (
    day             date         primary key,
    ordinal         int          not null
);

-- the statistics' daily figures per department, item and division, recomputed from supervision_branch for every
-- day and key a change touches (received on the day of submission, the rest on the day a branch closed)
create table supervision_daily (
    day             date         not null,
    department      varchar(32)  not null,
    item_code       varchar(30)  not null,
    division_code   varchar(6)   not null,
    received        int          not null,
    finished        int          not null,
    on_time         int          not null,
    refused         int          not null,
    corrections     int          not null,
    days_sum        bigint       not null,
    promised_sum    bigint       not null,
    legal_sum       bigint       not null,
    -- finished branches by working days used: index 1 = 0 days … index 61 = 60 days or more
    days_histogram  int[]        not null,
    primary key (day, department, item_code, division_code)
);

create index supervision_daily_department on supervision_daily (department, day);
create index supervision_daily_item on supervision_daily (item_code, day);

create sequence supervision_notice_number;
