-- Electronic licences (电子证照): types, licences, the issuing departments' signing keys, uses and share links.

-- A licence type (证照类型) as an administrator defines it; code per GB/T 36904: the defining authority's unified
-- social credit code and three digits.
create table licence_type (
    code                varchar(21)   primary key check (code ~ '^[0-9A-Z]{18}[0-9]{3}$'),
    name_zh             varchar(100)  not null unique,
    name_en             varchar(200)  not null,
    defining_authority  varchar(100)  not null,
    issuing_department  varchar(32)   not null,
    -- PERSON: held by a private person (identity number); COMPANY: by an organisation (credit code)
    holder_kind         varchar(10)   not null check (holder_kind in ('PERSON', 'COMPANY')),
    -- null: valid without end (长期)
    validity_years      int           check (validity_years between 1 and 100),
    -- [{key, labelZh, labelEn}] the licence's own entries, beside the holder's name and code
    fields              jsonb         not null default '[]',
    -- the materials (by the name a guide gives their source) that a licence of this type proves
    proves              text[]        not null default '{}',
    -- the print template: BUSINESS (营业执照 layout) or GENERIC
    template            varchar(20)   not null default 'GENERIC' check (template in ('BUSINESS', 'GENERIC')),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             int           not null default 0
);

create sequence licence_serial;
create sequence licence_status_index minvalue 0 start with 0;

create table licence (
    id                  uuid          primary key,
    -- 电子证照标识 (GB/T 36904) with its check character
    identifier          varchar(100)  not null unique,
    type_code           varchar(21)   not null references licence_type (code),
    -- 证照编号 as printed
    number              varchar(40)   not null,
    issuing_department  varchar(32)   not null,
    issuer_credit_code  varchar(18)   not null,
    issuer_name         varchar(100)  not null,
    holder_kind         varchar(10)   not null check (holder_kind in ('PERSON', 'COMPANY')),
    holder_name         varchar(200)  not null,
    -- identity number (PERSON) or credit code (COMPANY)
    holder_code         varchar(18)   not null,
    division_code       varchar(6)    not null,
    fields              jsonb         not null default '{}',
    issued_on           date          not null,
    valid_from          date          not null,
    valid_until         date,
    -- VALID, SUSPENDED or REVOKED; an expired licence is VALID past valid_until
    status              varchar(10)   not null default 'VALID' check (status in ('VALID', 'SUSPENDED', 'REVOKED')),
    status_reason       varchar(500),
    status_changed_at   timestamptz,
    -- the case and item it was issued for (exactly once), or the staff member and reason for one issued by hand
    case_number         varchar(24),
    item_code           varchar(30),
    issued_by           varchar(100)  not null,
    issue_reason        varchar(500),
    -- position in the hall's Bitstring Status Lists (revocation and suspension)
    status_index        int           not null unique,
    -- the W3C Verifiable Credential as compact JWS (vc+jwt), and the key that signed it
    credential          text          not null,
    kid                 varchar(64)   not null,
    created_at          timestamptz   not null,
    version             int           not null default 0
);

create unique index licence_once_per_case_item on licence (case_number, item_code) where case_number is not null;
create index licence_holder on licence (holder_code, issued_on desc);
create index licence_status on licence (status) where status <> 'VALID';

-- Signing keys per issuing department (and HALL for the status lists), sealed at rest; a rotation retires the
-- active key, which stays published so that what it signed keeps verifying.
create table licence_signing_key (
    kid                 varchar(64)   primary key,
    department          varchar(32)   not null,
    algorithm           varchar(10)   not null check (algorithm in ('ES256', 'EdDSA', 'SM2')),
    private_jwk         text          not null,
    public_jwk          text          not null,
    state               varchar(8)    not null check (state in ('ACTIVE', 'RETIRED')),
    created_at          timestamptz   not null,
    retired_at          timestamptz
);

create unique index licence_one_active_key on licence_signing_key (department, algorithm) where state = 'ACTIVE';

-- Every use of a licence its holder may see: verified, read by a department, attached to an application, shared.
create table licence_use (
    id                  bigint        generated always as identity primary key,
    licence_id          uuid          not null references licence (id),
    kind                varchar(12)   not null check (kind in ('VERIFIED', 'READ', 'ATTACHED', 'SHARED', 'DOWNLOADED')),
    used_by             varchar(200)  not null,
    case_number         varchar(24),
    purpose             varchar(300),
    used_at             timestamptz   not null
);

create index licence_use_licence on licence_use (licence_id, used_at desc);

-- A link the holder made for someone else to see the licence, until it expires.
create table licence_share (
    token               varchar(64)   primary key,
    licence_id          uuid          not null references licence (id),
    created_by          bigint        not null,
    expires_at          timestamptz   not null,
    created_at          timestamptz   not null
);
