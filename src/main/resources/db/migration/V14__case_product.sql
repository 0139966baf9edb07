-- A case may name a product of its company's register (docs/companies.md, Products). The
-- register is the companies module's table: no foreign key across modules; the companies
-- module holds a product's row while a case naming it is opened, and refuses to remove a
-- product that a case names. The index answers "is this product used by a case?".
alter table support_case add column product_id uuid;
create index support_case_product_idx on support_case (product_id) where product_id is not null;
