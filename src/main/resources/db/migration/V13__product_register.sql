-- The product register of each company (docs/companies.md, Products): what it makes, with
-- its category, UNSPSC code and the stringent regulatory approvals it holds (a JSON array of
-- the names of jp.procurementdesk.companies.ProductApproval). A name appears once per company,
-- whatever its case. A case names a product by id (support_case.product_id, V14); the
-- companies module refuses to remove a product that a case names.
create table product (
    id           uuid          primary key,
    company_id   varchar(64)   not null references company (id),
    name         varchar(200)  not null check (length(btrim(name)) > 0),
    category     varchar(40)   not null check (category in ('MEDICINE', 'VACCINE', 'IVD', 'VECTOR_CONTROL',
                                                            'IMMUNIZATION_DEVICE', 'MEDICAL_DEVICE')),
    unspsc_code  varchar(8)    check (unspsc_code ~ '^[0-9]{8}$'),
    approvals    jsonb         not null default '[]'::jsonb check (jsonb_typeof(approvals) = 'array'),
    notes        varchar(2000),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0
);
create unique index product_company_name_idx on product (company_id, lower(name));

-- The UNGM registration level of a profile takes the names of the task form ungm-registration
-- (jp.procurementdesk.companies.UngmLevel); texts such as 'Level 1' become 'LEVEL_1'.
update company set ungm_level = upper(replace(btrim(ungm_level), ' ', '_')) where ungm_level is not null;
update company set ungm_level = null where ungm_level not in ('BASIC', 'LEVEL_1', 'LEVEL_2');
alter table company add constraint company_ungm_level_check check (ungm_level in ('BASIC', 'LEVEL_1', 'LEVEL_2'));
