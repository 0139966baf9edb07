-- The published opportunity a case was opened from (docs/opportunities.md), or null. No foreign
-- key: the opportunity table belongs to another module.
alter table support_case add column opportunity_id uuid;
