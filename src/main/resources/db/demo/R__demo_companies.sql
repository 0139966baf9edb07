-- The companies of the demo realm's users (realm/procurement-desk-realm.json), with their
-- profiles (the corporate numbers are made up, with valid check digits).
insert into company (id, name, name_ja, country, corporate_number, website, product_categories, agencies,
                     ungm_vendor_id, ungm_level, interest_categories, interest_agencies, interest_unspsc)
values
    ('acme-medical', 'Acme Medical Devices', 'アクメ医療機器株式会社', 'JP', '9010401012345',
     'https://acme-medical.example.com', '["MEDICAL_DEVICE", "IMMUNIZATION_DEVICE"]', '["UNICEF", "UNDP"]',
     '512345', 'LEVEL_1', '["MEDICAL_DEVICE", "IMMUNIZATION_DEVICE"]', '["UNICEF", "UNDP", "WHO"]', '["4214", "4229"]'),
    ('sakura-diagnostics', 'Sakura Diagnostics', 'さくら診断薬株式会社', 'JP', '6070001098765',
     'https://sakura-diagnostics.example.com', '["IVD"]', '["GLOBAL_FUND", "UNICEF"]',
     null, null, '["IVD"]', '["GLOBAL_FUND", "UNICEF", "WHO"]', '["4113"]')
on conflict (id) do update set name = excluded.name, name_ja = excluded.name_ja, country = excluded.country,
    corporate_number = excluded.corporate_number, website = excluded.website,
    product_categories = excluded.product_categories, agencies = excluded.agencies,
    ungm_vendor_id = excluded.ungm_vendor_id, ungm_level = excluded.ungm_level,
    interest_categories = excluded.interest_categories, interest_agencies = excluded.interest_agencies,
    interest_unspsc = excluded.interest_unspsc;
