-- Spatial base register (空间地理库): standard addresses with their division, coordinates and grid cell.
create table exchange_address (
    id             bigserial     primary key,
    address        varchar(200)  not null unique,
    division_code  char(6)       not null,
    street         varchar(60)   not null,
    house_number   varchar(20)   not null,
    longitude      numeric(9,6)  not null,
    latitude       numeric(9,6)  not null,
    grid_cell      varchar(20)   not null,
    change_seq     bigint        not null default nextval('exchange_change_seq')
);

create index exchange_address_division on exchange_address (division_code);
create index exchange_address_grid on exchange_address (grid_cell);
