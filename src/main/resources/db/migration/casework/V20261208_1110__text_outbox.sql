-- Texts to applicants, written in the step's transaction and sent after it commits (ADR 0020): a step run again
-- after an engine conflict leaves one row, a row committed before a crash is sent at the next dispatch, and two
-- nodes share the rows with `for update skip locked`.
create table casework_text_outbox (
    id                bigint        generated always as identity primary key,
    person_account    bigint        not null,
    case_number       varchar(24),
    text              varchar(1000) not null,
    created_at        timestamptz   not null,
    sent_at           timestamptz
);

create index casework_text_outbox_unsent on casework_text_outbox (id) where sent_at is null;
