-- Client companies of the desk. The id is the company_id claim of the company's users in Keycloak.
create table company (
    id          varchar(64)  primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name        varchar(200) not null,
    created_at  timestamptz  not null default now()
);
