-- Notifications (in-app) and the mail outbox. Both rows are written in the transaction of
-- the change they tell about: nothing is lost, and nothing is sent for work rolled back.
-- No foreign key to support_case: the case may still be pending in the JPA session when
-- the process publishes its first task.
create table notification (
    id          uuid          primary key,
    recipient   varchar(100)  not null,
    case_id     uuid,
    kind        varchar(40)   not null,
    parameters  jsonb         not null default '{}'::jsonb,
    created_at  timestamptz   not null,
    read_at     timestamptz
);
create index notification_recipient_idx on notification (recipient, created_at desc, id);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- Mails to send; a scheduled sender sends the due ones and retries with backoff.
create table mail_outbox (
    id               uuid           primary key,
    notification_id  uuid           references notification (id),
    recipient        varchar(100)   not null,
    address          varchar(320)   not null,
    subject          varchar(500)   not null,
    body             text           not null,
    created_at       timestamptz    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz    not null,
    sent_at          timestamptz,
    failed_at        timestamptz,
    last_error       varchar(1000)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and failed_at is null;
