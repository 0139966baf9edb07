-- A company's registration (docs/companies.md, Registration): what the page sent, where it
-- stands, and its review. Only a SHA-256 hash of the verification link's token is kept,
-- never the token. Rows go when delete_after has passed: unverified ones when the link
-- expires, rejected ones after desk.registration.keep-rejected; approved ones stay as the
-- record of their company.
create table registration (
    id                  uuid          primary key,
    status              varchar(20)   not null
        check (status in ('EMAIL_UNVERIFIED', 'AWAITING_REVIEW', 'APPROVED', 'REJECTED')),
    company_name        varchar(200)  not null,
    company_name_ja     varchar(200),
    country             varchar(2)    not null check (country ~ '^[A-Z]{2}$'),
    corporate_number    varchar(13)   check (corporate_number ~ '^[0-9]{13}$'),
    website             varchar(500)  check (website ~ '^https://'),
    product_categories  jsonb         not null default '[]'::jsonb,
    contact_name        varchar(100)  not null,
    contact_email       varchar(254)  not null,
    contact_locale      varchar(2)    not null check (contact_locale in ('ja', 'en')),
    email_domain        varchar(254)  not null,
    token_hash          varchar(64)   unique,
    token_expires_at    timestamptz,
    created_at          timestamptz   not null,
    verified_at         timestamptz,
    decided_at          timestamptz,
    decided_by          varchar(100),
    company_id          varchar(64),
    note                varchar(4000),
    delete_after        timestamptz,
    check ((status = 'EMAIL_UNVERIFIED') = (token_hash is not null))
);
-- The supervisors' list: awaiting review, oldest first.
create index registration_review_idx on registration (status, verified_at, id);
-- A registration in progress for the same address (no account enumeration, docs/companies.md).
create index registration_contact_idx on registration (lower(contact_email));
-- The cleanup job's rows.
create index registration_delete_after_idx on registration (delete_after) where delete_after is not null;

-- Bucket4j's buckets of the registration rate limit (desk.registration.per-hour), one per
-- client address, shared by every node. Columns as Bucket4j's PostgreSQL proxy manager
-- reads and writes them; expires_at (epoch milliseconds) lets stale buckets be removed.
create table registration_rate_limit (
    id          varchar(100)  primary key,
    state       bytea,
    expires_at  bigint
);
create index registration_rate_limit_expiry_idx on registration_rate_limit (expires_at);
