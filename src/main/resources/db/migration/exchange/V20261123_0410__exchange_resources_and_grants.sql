-- The resource catalogue (政务信息资源目录) and access grants of the data-sharing platform.
create table exchange_resource (
    code                 varchar(40)  primary key,
    name                 varchar(200) not null,
    provider_department  varchar(32)  not null,
    description          text         not null,
    register             varchar(20)  not null,
    subject_key          varchar(20)  not null,
    sharing_type         varchar(20)  not null,
    not_shared_basis     varchar(500),
    open_type            varchar(20)  not null,
    update_cycle         varchar(20)  not null,
    format               varchar(20)  not null,
    created_at           timestamptz  not null
);

create table exchange_resource_field (
    resource_code  varchar(40)  not null references exchange_resource (code),
    name           varchar(60)  not null,
    label          varchar(100) not null,
    data_type      varchar(20)  not null,
    length         int          not null,
    description    varchar(500) not null,
    personal       boolean      not null,
    sensitive      boolean      not null,
    position       int          not null,
    primary key (resource_code, name)
);

create table exchange_grant (
    id                   bigserial     primary key,
    resource_code        varchar(40)   not null references exchange_resource (code),
    consumer_department  varchar(32)   not null,
    fields               varchar(60)[] not null,
    masked_fields        varchar(60)[] not null default '{}',
    purpose              varchar(500)  not null,
    legal_basis          varchar(500)  not null,
    valid_until          date          not null,
    status               varchar(12)   not null,
    requested_by         varchar(200)  not null,
    requested_at         timestamptz   not null,
    decided_by           varchar(200),
    decided_at           timestamptz,
    decision_reason      varchar(1000)
);

create index exchange_grant_consumer on exchange_grant (consumer_department, resource_code, status);
create index exchange_grant_provider on exchange_grant (resource_code, status);
