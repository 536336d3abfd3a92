-- Department systems that call the gateway directly, authenticated by signed client assertions (RFC 7523 style).
create table exchange_client (
    client_id            varchar(64)  primary key,
    department_code      varchar(32)  not null,
    public_key_jwk       text         not null,
    requests_per_minute  int          not null,
    active               boolean      not null default true,
    registered_by        varchar(200) not null,
    registered_at        timestamptz  not null
);

-- Assertion identifiers seen while their assertions are valid: a replayed assertion is refused.
create table exchange_client_assertion (
    jti         varchar(128) primary key,
    client_id   varchar(64)  not null,
    expires_at  timestamptz  not null
);

create index exchange_client_assertion_expiry on exchange_client_assertion (expires_at);
