-- Messages waiting for their mail (docs/conversation.md, Notifications): one row per
-- recipient and message of the other side. A job sends one mail per recipient and case
-- listing them, once the oldest has waited desk.messages.mail-every, and deletes the rows
-- in the same transaction as it queues the mail (desk.mail_outbox). Internal notes never
-- come here.
create table message_mail (
    id           uuid           primary key,
    recipient    varchar(100)   not null,
    address      varchar(320)   not null,
    name         varchar(200),
    locale       varchar(20),
    case_id      uuid           not null,
    reference    varchar(40)    not null,
    message_id   uuid           not null,
    author_name  varchar(200)   not null,
    body         text           not null,
    posted_at    timestamptz    not null,
    queued_at    timestamptz    not null,
    unique (recipient, message_id)
);
create index message_mail_group_idx on message_mail (recipient, case_id, queued_at);
