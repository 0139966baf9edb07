-- Opportunities the desk publishes (docs/opportunities.md): UN tenders, WHO invitations for
-- expressions of interest, Compendium calls, events and news. product_categories is a JSON
-- array of names of jp.procurementdesk.cases.ProductCategory (empty: every category),
-- unspsc_codes one of 8-digit UNSPSC codes. For an EVENT the deadline is the registration
-- deadline. version: optimistic locking, so that no correction overwrites another.
create table opportunity (
    id                 uuid           primary key,
    kind               varchar(20)    not null check (kind in ('UN_TENDER', 'WHO_EOI', 'COMPENDIUM_CALL', 'EVENT', 'NEWS')),
    status             varchar(20)    not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    title              varchar(300)   not null check (length(btrim(title)) > 0),
    summary            varchar(8000)  not null check (length(btrim(summary)) > 0),
    agency             varchar(20),
    product_categories jsonb          not null default '[]' check (jsonb_typeof(product_categories) = 'array'),
    unspsc_codes       jsonb          not null default '[]' check (jsonb_typeof(unspsc_codes) = 'array'),
    notice_id          varchar(100),
    url                varchar(2000)  check (url like 'https://%'),
    deadline           timestamptz,
    starts_at          timestamptz,
    ends_at            timestamptz,
    venue              varchar(300),
    capacity           integer        check (capacity >= 1),
    created_by         varchar(100)   not null,
    created_at         timestamptz    not null,
    updated_by         varchar(100),
    updated_at         timestamptz,
    published_at       timestamptz,
    closed_at          timestamptz,
    version            bigint         not null default 0,
    check (kind not in ('UN_TENDER', 'WHO_EOI', 'COMPENDIUM_CALL') or deadline is not null),
    check (ends_at is null or starts_at is null or ends_at >= starts_at)
);
-- Companies list the published ones, soonest deadline first; the deadline sweep finds the due ones.
create index opportunity_status_deadline_idx on opportunity (status, deadline);
