-- The service catalogue (事项库). Owned by the catalog module.
create table catalog_item (
    id                   bigserial    primary key,
    implementation_code  varchar(30)  not null unique,
    basic_code           char(10)     not null,
    handling_code        char(2)      not null,
    department_code      varchar(32)  not null,
    division_code        char(6)      not null,
    published_version    int,
    monthly_applications int          not null default 0,
    lifecycle            varchar(12)  not null default 'ACTIVE',
    lifecycle_from       date,
    lifecycle_reason     varchar(500),
    created_at           timestamptz  not null
);

create index catalog_item_department on catalog_item (department_code);
create index catalog_item_basic_code on catalog_item (basic_code);

-- Every version ever written is kept; a case refers to (implementation code, version).
create table catalog_item_version (
    item_id      bigint       not null references catalog_item (id),
    version      int          not null,
    status       varchar(12)  not null,
    name         varchar(200) not null,
    item_type    varchar(40)  not null,
    audiences    varchar(20)[] not null,
    life_events  varchar(20)[] not null,
    content      jsonb        not null,
    created_by   varchar(200) not null,
    created_at   timestamptz  not null,
    submitted_at timestamptz,
    reviewed_by  varchar(200),
    review_note  varchar(1000),
    published_at timestamptz,
    primary key (item_id, version)
);

-- at most one draft or version in review per item
create unique index catalog_item_version_open on catalog_item_version (item_id)
    where status in ('DRAFT', 'IN_REVIEW');

create table catalog_bundle (
    id             bigserial    primary key,
    code           varchar(32)  not null unique,
    name           varchar(200) not null,
    audiences      varchar(20)[] not null,
    description    text         not null,
    promised_limit jsonb        not null,
    stages         jsonb        not null,
    created_at     timestamptz  not null
);
