-- Each user's private calendar feed (docs/calendar.md): the token of the URL
-- /calendar/<token>.ics. One per user; rotating replaces it, so the old URL answers 404.
-- The token is 32 random bytes in URL-safe Base64 (43 characters): it is the only secret of
-- the feed, whoever holds the URL reads it.
create table calendar_token (
    username    varchar(100)  primary key,
    token       varchar(64)   not null unique,
    created_at  timestamptz   not null
);
