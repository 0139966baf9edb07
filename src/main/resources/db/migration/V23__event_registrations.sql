-- Registrations for events (docs/opportunities.md, Events): one row per company user registered
-- for an opportunity of kind EVENT, whether they attended (recorded by the desk, counted for the
-- ministry report). The capacity is kept by the service, which holds the opportunity's row while it
-- counts and inserts, so that concurrent registrations never exceed it.
create table event_registration (
    opportunity_id  uuid          not null references opportunity (id),
    username        varchar(100)  not null,
    company_id      varchar(64)   not null,
    registered_at   timestamptz   not null,
    attended        boolean       not null default false,
    primary key (opportunity_id, username)
);
-- A user's events (the calendar feed).
create index event_registration_user_idx on event_registration (username);

-- The products of its register a registered company shows at an event, in the order it chose them.
-- No foreign key to the product register (another module's table): the catalogue leaves out a
-- product removed since.
create table event_product (
    opportunity_id  uuid          not null references opportunity (id),
    company_id      varchar(64)   not null,
    product_id      uuid          not null,
    position        integer       not null,
    primary key (opportunity_id, company_id, product_id)
);
