-- The daily digest of matched opportunities (docs/notifications.md#daily-digest).
-- digest_item: an opportunity matched to a user when it was published, waiting for the
-- user's next digest mail; removed when that mail is queued (or when the user may no longer
-- hear of it: disabled, company suspended). No foreign key to opportunity: another module's table.
create table digest_item (
    username        varchar(100)  not null,
    opportunity_id  uuid          not null,
    company_id      varchar(100)  not null,
    queued_at       timestamptz   not null,
    primary key (username, opportunity_id)
);
create index digest_item_queued_idx on digest_item (queued_at);

-- One row per user and day (the desk's zone) whose digest was queued: the primary key is the
-- claim that makes the digest go out once per user per day whichever node sends it.
create table digest_sent (
    username       varchar(100)  not null,
    day            date          not null,
    sent_at        timestamptz   not null,
    opportunities  integer       not null,
    primary key (username, day)
);
