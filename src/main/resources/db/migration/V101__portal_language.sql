-- The language a person reads the portal and its mail in; null until they choose one.
alter table people add column portal_language varchar(2) check (portal_language in ('en', 'es'));
