-- The companies of the demo realm's users (realm/procurement-desk-realm.json).
insert into company (id, name) values
    ('acme-medical', 'Acme Medical Devices'),
    ('sakura-diagnostics', 'Sakura Diagnostics')
on conflict (id) do update set name = excluded.name;
