-- The conversation of a case (docs/conversation.md): messages between the company's users and
-- the desk, oldest first by seq. An internal message is a desk note the company never sees.
-- Attachments are documents of the same case (checked by the application, by id).
create table case_message (
    id            uuid           primary key,
    seq           bigint         generated always as identity unique,
    case_id       uuid           not null references support_case (id),
    author        varchar(100)   not null,
    author_name   varchar(200)   not null,
    author_role   varchar(20)    not null check (author_role in ('COMPANY', 'ADVISOR', 'SUPERVISOR')),
    body          text           not null check (length(body) between 1 and 10000),
    internal      boolean        not null default false,
    document_ids  uuid[]         not null default '{}',
    posted_at     timestamptz    not null,
    check (not internal or author_role <> 'COMPANY')
);
create index case_message_case_idx on case_message (case_id, seq);

-- How far each user has read a case's conversation: every message up to last_read_seq.
create table case_message_read (
    case_id        uuid           not null references support_case (id),
    username       varchar(100)   not null,
    last_read_seq  bigint         not null,
    read_at        timestamptz    not null,
    primary key (case_id, username)
);
