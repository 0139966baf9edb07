-- Dashboard at 100,000 cases (docs/performance.md): the fiscal year's figures are read off
-- covering indexes (index-only scans), never off the wide case rows.

-- Cases opened in the year: status, outcome and month in one pass; the id joins the outcomes.
create index support_case_opened_cover on support_case (opened_at) include (status, outcome, id);

-- Cases closed in the year: per month, time to close, contract value.
drop index support_case_closed_idx;
create index support_case_closed_cover on support_case (closed_at) include (opened_at, id)
    where closed_at is not null;

-- Pathway outcomes and contract values of those cases.
create index case_pathway_outcome_cover on case_pathway_outcome (case_id)
    include (pathway, outcome, contract_value_usd);

-- Open cases ("now" figures, advisor workload): the open ones only.
create index support_case_open_idx on support_case (advisor) where status <> 'CLOSED';
