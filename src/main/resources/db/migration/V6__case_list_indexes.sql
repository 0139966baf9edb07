-- Indexes for the case list and the dashboard at 100,000 cases (docs/performance.md).

-- The case list is ordered by (opened_at desc, reference desc) and paged: with the same
-- order in the index a page is read straight off it, for every role's filter.
drop index support_case_company_idx;
drop index support_case_advisor_idx;
create index support_case_company_idx on support_case (company_id, opened_at desc, reference desc);
create index support_case_advisor_idx on support_case (advisor, opened_at desc, reference desc);
create index support_case_opened_idx on support_case (opened_at desc, reference desc);

-- Dashboard figures by fiscal year: cases closed and SLA breaches within the year.
create index support_case_closed_idx on support_case (closed_at) where closed_at is not null;
create index case_sla_breach_at_idx on case_sla_breach (at);

-- Search (q) is a substring match on reference, product and company name: trigram indexes
-- answer "contains" without reading every case. pg_trgm is a trusted extension: the
-- database owner may create it, in our own schema.
create extension if not exists pg_trgm with schema desk;
create index support_case_reference_trgm on support_case using gin (lower(reference) desk.gin_trgm_ops);
create index support_case_product_trgm on support_case using gin (lower(product_name) desk.gin_trgm_ops);
create index support_case_company_name_trgm on support_case using gin (lower(company_name) desk.gin_trgm_ops);
