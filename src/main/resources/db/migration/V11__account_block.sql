-- Company users the desk has disabled (docs/security.md, Company accounts). Keycloak holds the
-- users themselves; this table lets every node refuse a disabled user's next request at once,
-- with one indexed lookup and no call to Keycloak, although their access token is still valid.
-- The reason tells a suspension's users (enabled again on reactivation) from those a
-- company-admin disabled one by one (who stay disabled).
create table account_block (
    username    varchar(255)  primary key,
    company_id  varchar(64)   not null,
    reason      varchar(30)   not null check (reason in ('DISABLED_BY_COMPANY', 'COMPANY_SUSPENDED')),
    blocked_at  timestamptz   not null,
    blocked_by  varchar(255)  not null
);
create index account_block_company_idx on account_block (company_id, reason);
