-- Support cases (docs/contract.md, Case). A case drives one instance of the process "support-case",
-- whose business key is the case id.
create sequence case_reference_seq;

create table support_case (
    id                uuid          primary key,
    reference         varchar(20)   not null unique,
    company_id        varchar(64)   not null references company (id),
    company_name      varchar(200)  not null,
    product_name      varchar(200)  not null,
    product_category  varchar(32)   not null,
    summary           varchar(4000) not null,
    status            varchar(32)   not null,
    outcome           varchar(32),
    advisor           varchar(100),
    opened_at         timestamptz   not null,
    closed_at         timestamptz,
    version           bigint        not null default 0,
    check ((status = 'CLOSED') = (outcome is not null))
);
create index support_case_company_idx on support_case (company_id, opened_at desc);
create index support_case_advisor_idx on support_case (advisor, opened_at desc);
create index support_case_status_idx on support_case (status, opened_at desc);

create table case_pathway (
    case_id  uuid        not null references support_case (id),
    pathway  varchar(32) not null,
    primary key (case_id, pathway)
);

create table case_target_agency (
    case_id  uuid        not null references support_case (id),
    agency   varchar(32) not null,
    primary key (case_id, agency)
);

create table case_pathway_outcome (
    case_id             uuid          not null references support_case (id),
    pathway             varchar(32)   not null,
    outcome             varchar(40)   not null,
    contract_value_usd  numeric(17,2),
    recorded_at         timestamptz   not null,
    primary key (case_id, pathway)
);

create table case_sla_breach (
    case_id   uuid         not null references support_case (id),
    position  integer      not null,
    kind      varchar(40)  not null,
    at        timestamptz  not null,
    task_key  varchar(64),
    primary key (case_id, position)
);

-- A retried POST /api/cases with the same Idempotency-Key returns the first case.
create table case_idempotency_key (
    username  varchar(100) not null,
    key       varchar(200) not null,
    case_id   uuid         not null references support_case (id),
    primary key (username, key)
);

-- The case timeline: append-only audit of every change. The database itself refuses to
-- change or remove a record, whatever the application does.
create table case_timeline (
    id       bigserial    primary key,
    case_id  uuid         not null references support_case (id),
    at       timestamptz  not null,
    actor    varchar(100) not null,
    type     varchar(40)  not null,
    details  jsonb        not null default '{}'
);
create index case_timeline_case_idx on case_timeline (case_id, id);

create function case_timeline_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The case timeline is append-only';
end $$;

create trigger case_timeline_append_only
    before update or delete or truncate on case_timeline
    for each statement execute function case_timeline_is_append_only();
