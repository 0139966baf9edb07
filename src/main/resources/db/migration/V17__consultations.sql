-- Consultation records of a case (docs/consultations.md): what the desk's advisors and
-- supervisors record of their meetings, calls, online sessions, mails and event talks with a
-- company, and what the ministry counts as consultations. topics is a JSON array of the names
-- of jp.procurementdesk.consultations.ConsultationTopic. A record is corrected by its author
-- only (version: optimistic locking, so that no correction overwrites another); nothing is
-- deleted.
create table consultation (
    id            uuid           primary key,
    case_id       uuid           not null references support_case (id),
    held_on       date           not null,
    channel       varchar(20)    not null check (channel in ('MEETING', 'ONLINE', 'PHONE', 'EMAIL', 'EVENT')),
    minutes       integer        not null check (minutes between 1 and 600),
    topics        jsonb          not null check (jsonb_typeof(topics) = 'array' and jsonb_array_length(topics) > 0),
    attendees     varchar(1000),
    summary       varchar(4000)  not null check (length(btrim(summary)) > 0),
    recorded_by   varchar(100)   not null,
    recorded_at   timestamptz    not null,
    corrected_at  timestamptz,
    version       bigint         not null default 0
);
create index consultation_case_idx on consultation (case_id, held_on desc, recorded_at desc);
-- The ministry report counts consultations by the date they were held.
create index consultation_held_on_idx on consultation (held_on);
