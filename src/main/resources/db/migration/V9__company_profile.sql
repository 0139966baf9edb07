-- Companies own their profile (docs/contract.md, Companies): what a registration gives, what
-- the company-admin edits, and whether the desk has suspended the company. Sets are JSON
-- arrays of the enum names. The version column guards concurrent edits of the profile.
alter table company
    add column name_ja             varchar(200),
    add column country             varchar(2)   not null default 'JP' check (country ~ '^[A-Z]{2}$'),
    add column corporate_number    varchar(13)  check (corporate_number ~ '^[0-9]{13}$'),
    add column website             varchar(500) check (website ~ '^https://'),
    add column status              varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    add column product_categories  jsonb        not null default '[]'::jsonb,
    add column agencies            jsonb        not null default '[]'::jsonb,
    add column ungm_vendor_id      varchar(40),
    add column ungm_level          varchar(40),
    add column interest_categories jsonb        not null default '[]'::jsonb,
    add column interest_agencies   jsonb        not null default '[]'::jsonb,
    add column interest_unspsc     jsonb        not null default '[]'::jsonb,
    add column registration_id     uuid         unique,
    add column updated_at          timestamptz  not null default now(),
    add column version             bigint       not null default 0;

-- Possible duplicates of a registration: an existing company with the same corporate number.
create index company_corporate_number_idx on company (corporate_number) where corporate_number is not null;
create index company_status_idx on company (status, name);
