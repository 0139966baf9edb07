-- A case is full support along pathways or a quick question (docs/contract.md, Case); the
-- cases opened before keep their meaning: support.
alter table support_case add column kind varchar(20) not null default 'SUPPORT';
