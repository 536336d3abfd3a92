-- Ratings (好差评): the finished cases open for rating, the ratings (once per case), the follow-ups (整改) of bad ones,
-- and the key of the signed rating links.

-- A finished case as casework told it (CaseFinished, FinishedCases): who may rate it and whom it concerns.
create table rating_case (
    case_number          varchar(24)   primary key,
    item_code            varchar(30)   not null,
    item_name            varchar(200)  not null,
    -- the lead department (the first branch's) and every department that held a branch
    department           varchar(32)   not null,
    departments          varchar(32)[] not null,
    applicant_account    bigint        not null,
    -- kept only to mask them in comments before publication
    applicant_name       varchar(50),
    applicant_id_number  varchar(18),
    outcome              varchar(14)   not null,
    finished_at          timestamptz   not null,
    -- the rating link's last use-by instant (the link itself is signed, not stored)
    link_expires_at      timestamptz   not null
);

create index rating_case_applicant on rating_case (applicant_account);

-- One rating per case: the unique case number is the rule, whoever records it and through which channel.
create table rating (
    case_number          varchar(24)   primary key references rating_case (case_number),
    stars                smallint      not null check (stars between 1 and 5),
    tags                 varchar(30)[] not null default '{}',
    comment              varchar(500),
    -- ONLINE: the portal; LINK: the signed link of the text message; WINDOW: recorded by a clerk at the counter
    channel              varchar(10)   not null check (channel in ('ONLINE', 'LINK', 'WINDOW')),
    recorded_by          varchar(100)  not null,
    rated_at             timestamptz   not null,
    rated_on             date          not null,
    -- the comment's moderation: PENDING -> PUBLISHED (masked text) | REJECTED; null without a comment
    comment_status       varchar(10)   check (comment_status in ('PENDING', 'PUBLISHED', 'REJECTED')),
    published_comment    varchar(500),
    moderated_by         varchar(100),
    moderated_at         timestamptz,
    check ((comment is null) = (comment_status is null))
);

create index rating_rated_on on rating (rated_on);
create index rating_pending on rating (rated_at) where comment_status = 'PENDING';

-- The follow-up (整改) of a bad rating (1-2 stars), owed by the lead department within the working days set.
create table rating_follow_up (
    case_number          varchar(24)   primary key references rating (case_number),
    department           varchar(32)   not null,
    stars                smallint      not null,
    opened_on            date          not null,
    due_on               date          not null,
    contact_note         varchar(1000),
    rectification        varchar(2000),
    answered_by          varchar(100),
    answered_at          timestamptz,
    -- set once by the node whose sweep escalated it (update ... where escalated_at is null)
    escalated_at         timestamptz,
    -- the applicant's verdict on the rectification
    verdict              varchar(12)   check (verdict in ('SATISFIED', 'UNSATISFIED')),
    verdict_at           timestamptz,
    check ((answered_at is null) = (rectification is null)),
    check (verdict is null or answered_at is not null)
);

create index rating_follow_up_unanswered on rating_follow_up (due_on) where answered_at is null;
create index rating_follow_up_department on rating_follow_up (department, opened_on);

-- The key of the rating links' HMAC, sealed under the hall's key-encryption key (SecretBox); one row.
create table rating_link_key (
    id                   smallint      primary key check (id = 1),
    sealed_key           text          not null,
    created_at           timestamptz   not null
);
