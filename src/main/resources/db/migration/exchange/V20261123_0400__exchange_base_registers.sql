-- Base registers (基础库) of the data-sharing platform: population (人口库) and legal persons (法人库).
-- Owned by the exchange module. change_seq orders every change for consumers that sync local copies.
create sequence exchange_change_seq;

create table exchange_person (
    id_number              char(18)     primary key,
    name                   varchar(50)  not null,
    gender                 varchar(6)   not null,
    birth_date             date         not null,
    ethnicity              varchar(20)  not null,
    household_division     char(6)      not null,
    household_address      varchar(200) not null,
    marital_status         varchar(12)  not null,
    social_security_status varchar(20)  not null,
    mobile                 varchar(20),
    change_seq             bigint       not null default nextval('exchange_change_seq'),
    updated_at             timestamptz  not null default now()
);

create index exchange_person_change on exchange_person (change_seq);

create table exchange_legal_person (
    credit_code              char(18)      primary key,
    name                     varchar(200)  not null,
    type                     varchar(40)   not null,
    legal_representative_id  char(18)      not null,
    legal_representative     varchar(50)   not null,
    registered_capital       numeric(18,2) not null,
    established_on           date          not null,
    division_code            char(6)       not null,
    address                  varchar(200)  not null,
    business_scope           varchar(1000) not null,
    status                   varchar(12)   not null,
    change_seq               bigint        not null default nextval('exchange_change_seq'),
    updated_at               timestamptz   not null default now()
);

create index exchange_legal_person_change on exchange_legal_person (change_seq);
create index exchange_legal_person_representative on exchange_legal_person (legal_representative_id);
