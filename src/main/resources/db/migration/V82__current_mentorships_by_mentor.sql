-- a mentor's running assignments, interim ones (which end on a date) included, found without reading the program's
create index mentor_assignments_mentor_running_idx on mentor_assignments (mentor_id, started_on, ended_on);
