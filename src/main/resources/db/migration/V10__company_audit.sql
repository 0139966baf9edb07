-- Every change to a company or its users, append-only: who, when, what (docs/contract.md,
-- Companies). The company id is kept as text, without a foreign key: the record of a
-- registration's company outlives nothing, but it must never block a change it records.
create table company_audit (
    id          uuid          primary key,
    company_id  varchar(64)   not null,
    at          timestamptz   not null,
    actor       varchar(100)  not null,
    action      varchar(40)   not null,
    details     jsonb         not null default '{}'::jsonb
);
create index company_audit_company_idx on company_audit (company_id, at, id);
