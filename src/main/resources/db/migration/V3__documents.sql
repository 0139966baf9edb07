-- Documents of a case (docs/contract.md, Documents). Metadata always here; the bytes either in
-- document_chunk (storage "database", the default) or in a directory (storage "filesystem").
-- Nothing is ever deleted: a document is part of the case's regulatory record.
create table document (
    id             uuid          primary key,
    case_id        uuid          not null references support_case (id),
    type           varchar(40)   not null,
    file_name      varchar(255)  not null,
    original_name  varchar(1000) not null,
    content_type   varchar(200)  not null,
    size           bigint        not null check (size > 0),
    sha256         char(64)      not null,
    version        integer       not null check (version > 0),
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null,
    storage        varchar(20)   not null,
    unique (case_id, type, file_name, version)
);
create index document_case_idx on document (case_id, uploaded_at desc);

-- The bytes, in chunks of at most 1 MB, written and read one at a time.
create table document_chunk (
    document_id  uuid     not null references document (id) deferrable initially deferred,
    seq          integer  not null,
    data         bytea    not null,
    primary key (document_id, seq)
);

create function document_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Documents are never changed or removed';
end $$;

create trigger document_append_only
    before update or delete or truncate on document
    for each statement execute function document_is_append_only();

create trigger document_chunk_append_only
    before update or delete or truncate on document_chunk
    for each statement execute function document_is_append_only();
