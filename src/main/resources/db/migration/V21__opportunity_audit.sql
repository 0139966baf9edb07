-- What happened to each opportunity, append-only (docs/opportunities.md, Audit): created,
-- corrected (changes: field -> {old, new}), published, closed; who and when. The deadline timer
-- itself is Camunda's (process deadline-watch), not a table of ours.
create table opportunity_audit (
    id              uuid          primary key,
    opportunity_id  uuid          not null references opportunity (id),
    at              timestamptz   not null,
    actor           varchar(100)  not null,
    action          varchar(20)   not null check (action in ('CREATED', 'CORRECTED', 'PUBLISHED', 'CLOSED')),
    changes         jsonb         not null default '{}'::jsonb
);
create index opportunity_audit_opportunity_idx on opportunity_audit (opportunity_id, at, id);
