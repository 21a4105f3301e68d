-- The audit trail of erased people: who erased whom, when and why. The erased person's row in people is kept,
-- pseudonymised, so that their reports and events still count in the program's statistics.
create table person_erasures (
    person_id bigint primary key references people (id),
    erased_by bigint not null references people (id),
    reason    varchar(500) not null,
    erased_at timestamp with time zone not null
);
create index person_erasures_erased_by_idx on person_erasures (erased_by);
