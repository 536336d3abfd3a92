-- Casework (网上申请 · 办件): applications while they are drafted, cases once submitted, one branch per item of the
-- case (a bundle's members, each with its department and statutory clock), the timeline the applicant and staff
-- read, internal notes, and the idempotency keys of submissions. The process state itself lives in Flowable's
-- ACT_* tables; these tables hold what the hall shows and what other modules learn through events.

create table casework_application (
    id                uuid          primary key,
    -- PERSON: a private person for themself; COMPANY: a person acting for a company
    applicant_kind    varchar(10)   not null check (applicant_kind in ('PERSON', 'COMPANY')),
    person_account    bigint        not null,
    person_name       varchar(50)   not null,
    person_id_number  varchar(18)   not null,
    company_account   bigint,
    credit_code       varchar(18),
    company_name      varchar(200),
    -- what is applied for: one item (its implementation code and the version the form was taken from) or a bundle
    item_code         varchar(30),
    item_version      int,
    bundle_code       varchar(40),
    title             varchar(200)  not null,
    status            varchar(12)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'DISCARDED')),
    -- field name -> value as typed; verified: field name -> value read from a register (locked, 已核验)
    answers           jsonb         not null default '{}',
    verified          jsonb         not null default '{}',
    -- where a verified value came from: field name -> {resource, grant}
    verified_from     jsonb         not null default '{}',
    window_clerk      varchar(100),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           int           not null default 0,
    check ((item_code is null) <> (bundle_code is null)),
    check ((applicant_kind = 'COMPANY') = (credit_code is not null))
);

create index casework_application_person on casework_application (person_account, updated_at desc);

create table casework_case (
    number            varchar(24)   primary key,
    application_id    uuid          not null unique references casework_application (id),
    applicant_kind    varchar(10)   not null,
    person_account    bigint        not null,
    person_name       varchar(50)   not null,
    credit_code       varchar(18),
    company_name      varchar(200),
    item_code         varchar(30),
    bundle_code       varchar(40),
    title             varchar(200)  not null,
    division_code     varchar(6)    not null,
    -- SUBMITTED -> IN_PROGRESS (accepted) -> APPROVED | REFUSED | NOT_ACCEPTED | WITHDRAWN; CORRECTION while waiting
    status            varchar(14)   not null,
    process_instance  varchar(64),
    submitted_at      timestamptz   not null,
    submitted_on      date          not null,
    finished_at       timestamptz,
    decision_reason   varchar(1000),
    channel           varchar(10)   not null default 'ONLINE' check (channel in ('ONLINE', 'WINDOW')),
    version           int           not null default 0
);

create index casework_case_person on casework_case (person_account, submitted_at desc);
create index casework_case_company on casework_case (credit_code, submitted_at desc) where credit_code is not null;
create index casework_case_status on casework_case (status, submitted_at desc);

create table casework_branch (
    id                bigint        generated always as identity primary key,
    case_number       varchar(24)   not null references casework_case (number),
    stage             int           not null,
    item_code         varchar(30)   not null,
    item_version      int           not null,
    item_name         varchar(200)  not null,
    department        varchar(32)   not null,
    -- WAITING (a later stage) -> INTAKE -> CORRECTION -> INTAKE -> REVIEW -> DECISION -> APPROVED | REFUSED |
    -- NOT_ACCEPTED; STOPPED when another branch's refusal or a withdrawal ended it
    status            varchar(14)   not null,
    promised_limit    int           not null,
    legal_limit       int           not null,
    -- the statutory clock (StatutoryClock): extension and periods [{start, end}] as JSON
    clock_extension   int           not null default 0,
    clock_periods     jsonb         not null default '[]',
    due_on            date,
    legal_due_on      date,
    corrections_asked int           not null default 0,
    correction_items  jsonb,
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_reason   varchar(1000),
    legal_basis       varchar(500),
    -- the deadline sweep: set once by the node that escalated (update ... where escalated_at is null)
    warned_at         timestamptz,
    escalated_at      timestamptz,
    version           int           not null default 0,
    unique (case_number, item_code)
);

create index casework_branch_department on casework_branch (department, status);
create index casework_branch_open_due on casework_branch (due_on)
    where status in ('INTAKE', 'REVIEW', 'DECISION') and escalated_at is null;

create table casework_timeline (
    id                bigint        generated always as identity primary key,
    case_number       varchar(24)   not null references casework_case (number),
    branch_id         bigint        references casework_branch (id),
    occurred_at       timestamptz   not null,
    kind              varchar(30)   not null,
    actor             varchar(100)  not null,
    -- shown to the applicant (false: staff only, e.g. an escalation)
    public            boolean       not null default true,
    detail            varchar(2000)
);

create index casework_timeline_case on casework_timeline (case_number, id);

create table casework_note (
    id                bigint        generated always as identity primary key,
    case_number       varchar(24)   not null references casework_case (number),
    branch_id         bigint        not null references casework_branch (id),
    author            varchar(100)  not null,
    department        varchar(32)   not null,
    written_at        timestamptz   not null,
    body              varchar(2000) not null
);

-- a submission's Idempotency-Key, per person: the same key answers the same case, never a second one
create table casework_submission_key (
    person_account    bigint        not null,
    idempotency_key   varchar(100)  not null,
    application_id    uuid          not null,
    case_number       varchar(24)   not null references casework_case (number),
    created_at        timestamptz   not null,
    primary key (person_account, idempotency_key)
);

-- the day's last sequence number per division (办件编号 {division}{yyyyMMdd}{seq6}{check})
create table casework_number_sequence (
    division_code     varchar(6)    not null,
    day               date          not null,
    last_value        int           not null,
    primary key (division_code, day)
);

-- in-app notifications of the applicant (SMS goes through identity's adapter as well)
create table casework_notification (
    id                bigint        generated always as identity primary key,
    person_account    bigint        not null,
    case_number       varchar(24)   not null references casework_case (number),
    created_at        timestamptz   not null,
    text              varchar(500)  not null,
    read_at           timestamptz
);

create index casework_notification_person on casework_notification (person_account, id desc);

-- uploaded materials: the bytes in the database (a file store is selectable later, ADR 0014); the name is kept for
-- display only and never used as a path; one current file per material, a replaced one is deleted
create table casework_material (
    application_id    uuid          not null references casework_application (id),
    material_key      varchar(60)   not null,
    file_name         varchar(200)  not null,
    content_type      varchar(60)   not null,
    size_bytes        bigint        not null,
    sha256            char(64)      not null,
    content           bytea         not null,
    uploaded_at       timestamptz   not null,
    primary key (application_id, material_key)
);
