-- a mentor's running assignments, interim ones (which end on a date) included, found without reading the program's
create index mentor_assignments_mentor_running_idx on mentor_assignments (mentor_id, started_on, ended_on);

-- the directory's name search: a text of three or more characters anywhere in a name through trigrams, a shorter
-- one at the start of the display name through the prefix index (pg_trgm is a trusted extension: no superuser needed)
create extension if not exists pg_trgm;
create index people_display_name_trgm_idx on people using gin (lower(display_name) gin_trgm_ops);
create index people_full_name_trgm_idx on people using gin (lower(full_name) gin_trgm_ops);
create index people_display_name_prefix_idx on people (lower(display_name) text_pattern_ops);
